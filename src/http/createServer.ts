import restify, { type Server } from './restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger';

export interface ServerDeps {
  adapter: CloudAdapter;
  onTurn: (context: TurnContext) => Promise<void>;
  /** Resolves when storage answers; readiness fails otherwise. */
  ready: () => Promise<void>;
  logger: Logger;
}

/**
 * The HTTP surface: the Bot Framework messaging endpoint and health probes. Channel and staff
 * routes are added by their own modules. Errors never leak internals to the client.
 */
/** The bunyan-shaped logger restify wants, writing only a message and level through ours, never objects. */
function restifyLog(logger: Logger): never {
  const shim = {
    child: () => shim,
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: (...args: unknown[]) => logger.warn({ component: 'restify' }, String(args.find((a) => typeof a === 'string') ?? 'restify warning')),
    error: (...args: unknown[]) => logger.error({ component: 'restify' }, String(args.find((a) => typeof a === 'string') ?? 'restify error')),
    fatal: (...args: unknown[]) => logger.fatal({ component: 'restify' }, String(args.find((a) => typeof a === 'string') ?? 'restify fatal')),
  };
  return shim as never;
}

export function createServer(deps: ServerDeps): Server {
  // restify's own (bunyan) logger would log whole requests; give it a child of ours that only
  // receives what restify decides to log, with bodies redacted by our logger's configuration.
  const server = restify.createServer({ name: 'iop-intake', handleUncaughtExceptions: false, log: restifyLog(deps.logger) });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024, rejectUnknown: true }));

  // Handlers never return a value: restify logs a returned value, and that log holds the request.
  server.post('/api/messages', async (req, res) => {
    if (!req.is('json')) {
      res.send(415, { error: 'unsupported_media_type', message: 'Send activities as application/json.' });
      return;
    }
    const body = req.body as { type?: unknown } | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string') {
      res.send(400, { error: 'bad_activity', message: 'Expected a Bot Framework activity with a type.' });
      return;
    }
    await deps.adapter.process(req, res, deps.onTurn);
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    try {
      await deps.ready();
      res.send(200, { status: 'ready' });
    } catch {
      res.send(503, { status: 'storage_unavailable' });
    }
  });

  server.on('restifyError', (req, res, err, callback) => {
    if (res.headersSent) {
      // A handler failed after it started answering: end the connection. Marking the response
      // as sent stops restify from writing an error over it, which would throw and crash the process.
      (res as unknown as { _sent: boolean })._sent = true;
      res.destroy();
      deps.logger.warn({ err: { name: err.name }, path: req.getPath() }, 'response failed after it started');
      return callback();
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) deps.logger.error({ err: { name: err.name }, path: req.getPath() }, 'request failed');
    // Keep the client's view generic; the body parser's 400s say only that the JSON was bad.
    err.toJSON = () => ({ error: status >= 500 ? 'internal_error' : 'bad_request' });
    return callback();
  });
  return server;
}
