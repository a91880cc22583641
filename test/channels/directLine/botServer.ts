import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Server } from '../../../src/http/restify';
import pino, { type Logger } from 'pino';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { registerDirectLine, type DirectLineDeps } from '../../../src/channels/directLine';
import { EchoBot } from './echoBot';

/** Anything that runs a turn: an ActivityHandler, or the intake dialog's `run(context)`. */
export interface TurnRunner {
  run(context: TurnContext): Promise<unknown>;
}

export interface BotServerOptions {
  /** The bot behind /api/messages; the echo stand-in unless given. */
  bot?: TurnRunner;
  /** Prefix for the connector routes (the bot's serviceUrl). */
  basePath?: string;
  now?: () => Date;
  limits?: DirectLineDeps['limits'];
  /** As src/http/createServer.ts does, parse bodies for every route; false parses only for /api/messages. */
  globalBodyParser?: boolean;
  /** More routes on the same server, e.g. the Web Chat page. */
  register?: (server: Server, logger: Logger) => void;
}

export interface BotServer {
  server: Server;
  origin: string;
  /** What a Direct Line client takes as `domain`. */
  directLineDomain: string;
  /** Every log line written, so tests can check what is (not) logged. */
  logs: string[];
  turnErrors: unknown[];
  close(): Promise<void>;
}

/**
 * A restify server as production wires it: a real CloudAdapter (anonymous, no app id)
 * on /api/messages, and the local Direct Line in front of it, on a free loopback port.
 */
export async function startBotServer(options: BotServerOptions = {}): Promise<BotServer> {
  const logs: string[] = [];
  const turnErrors: unknown[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
  const server = restify.createServer();
  const globalBodyParser = options.globalBodyParser ?? true;
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // The same options as the production server (src/http/createServer.ts).
  const bodyParser = restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024, rejectUnknown: true });
  if (globalBodyParser) server.use(bodyParser);

  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (_context, error) => {
    turnErrors.push(error);
  };
  const bot = options.bot ?? new EchoBot();
  const onMessages = async (req: Request, res: Response): Promise<void> => {
    await adapter.process(req, res, async (context) => {
      await bot.run(context);
    });
  };
  if (globalBodyParser) server.post('/api/messages', onMessages);
  else server.post('/api/messages', bodyParser, onMessages);

  const directLine = registerDirectLine(server, {
    botEndpoint: '/api/messages',
    logger,
    ...(options.now ? { now: options.now } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.basePath ? { basePath: options.basePath } : {}),
  });
  options.register?.(server, logger);

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    directLineDomain: `${origin}/v3/directline`,
    logs,
    turnErrors,
    async close() {
      await directLine.close();
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
