import type { Request, Response } from 'restify';
import type { Logger } from 'pino';
import type { ZodType } from 'zod';

/** An error meant for the client: status, a short machine code and a short message (never user text). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Direct Line's error shape, used by every route in this folder. */
export function sendError(res: Response, error: HttpError): void {
  for (const [name, value] of Object.entries(error.headers)) res.header(name, value);
  res.json(error.status, { error: { code: error.code, message: error.message } });
}

/**
 * Wraps an async restify handler: HttpErrors become short JSON errors, anything else a
 * logged 500 (name only: messages can carry user text).
 */
export function jsonRoute(logger: Logger, handler: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof HttpError) {
        sendError(res, error);
        return;
      }
      logger.error({ err: { name: (error as Error)?.name }, route: req.getRoute()?.path }, 'request failed');
      if (!res.headersSent) sendError(res, new HttpError(500, 'InternalError', 'Something went wrong.'));
    }
  };
}

/**
 * The request's JSON body, or undefined when there is none. Works whether or not the
 * server already ran restify's bodyParser (the lead's server does, for /api/messages).
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const alreadyRead = (req as Request & { _readBody?: boolean })._readBody === true;
  let raw: unknown = req.body;
  if (raw === undefined && !alreadyRead && !req.readableEnded) raw = await readStream(req, maxBytes);
  if (raw === undefined || raw === null) return undefined;
  if (Buffer.isBuffer(raw)) raw = raw.toString('utf8');
  if (typeof raw !== 'string') {
    // Parsed upstream; a chunked body had no Content-Length to check, so measure it.
    if (Buffer.byteLength(JSON.stringify(raw)) > maxBytes) throw tooLarge(maxBytes);
    return raw;
  }
  if (Buffer.byteLength(raw) > maxBytes) throw tooLarge(maxBytes);
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new HttpError(400, 'BadArgument', 'Body is not valid JSON.');
  }
}

/** Parses with a zod schema; a mismatch is a 400 naming the first bad field, not its value. */
export function parseWith<T>(schema: ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new HttpError(400, 'BadArgument', `Invalid request body${where}.`);
}

function readStream(req: Request, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'PayloadTooLarge', `Body is larger than ${maxBytes} bytes.`);
}
