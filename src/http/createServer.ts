import restify, { type Server } from 'restify';
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
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'iop-intake', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024, rejectUnknown: true }));

  server.post('/api/messages', async (req, res) => {
    const body = req.body as { type?: unknown } | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string') {
      return res.send(400, { error: 'bad_activity', message: 'Expected a Bot Framework activity with a type.' });
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
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) deps.logger.error({ err: { name: err.name }, path: req.getPath() }, 'request failed');
    // Keep the client's view generic; the body parser's 400s say only that the JSON was bad.
    err.toJSON = () => ({ error: status >= 500 ? 'internal_error' : 'bad_request' });
    return callback();
  });
  return server;
}
