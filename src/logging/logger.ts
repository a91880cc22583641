import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs with no PHI: we log ids, states, routes and error codes, never message
 * text, answers, names or phone numbers. Redaction is a second line of defence in case a
 * field with one of these names slips into a log call.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'iop-intake' },
    redact: {
      paths: ['text', '*.text', 'answers', '*.answers', 'contact', '*.contact', 'transcript', '*.transcript', 'phone', '*.phone', 'firstName', '*.firstName', 'body', '*.body', 'req.headers.authorization'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
