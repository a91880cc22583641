import { randomBytes, randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { attachActivityStream } from './activityStream';
import { BotActivity, StartConversationBody, TokenGenerateBody, UserActivity } from './activitySchemas';
import { requireGrant } from './authorize';
import { BotDelivery } from './botDelivery';
import type { Activity, Conversation } from './conversation';
import { ConversationStore, type ConversationStoreLimits } from './conversationStore';
import { DirectLineTokens } from './directLineTokens';
import { HttpError, jsonRoute, parseWith, readJsonBody } from './httpJson';
import { isLoopback, loopbackOrigin, resolveAgainstSelf } from './selfAddress';
import { parseWatermark } from './watermark';

export interface DirectLineDeps {
  /** The bot's messaging endpoint: a URL, or a path on this same server such as `/api/messages`. */
  botEndpoint: string;
  logger: Logger;
  /** Prefix of the connector routes the bot replies to (its serviceUrl); default none. */
  basePath?: string;
  now?: () => Date;
  limits?: Partial<ConversationStoreLimits>;
}

/** Call before closing the server: lets turns in flight finish (their replies come back to this server), then drops sockets, timers and state. */
export interface LocalDirectLine {
  close(): Promise<void>;
}

const DEFAULT_LIMITS: ConversationStoreLimits = {
  maxConversations: 100,
  idleMs: 60 * 60_000,
  maxActivities: 500,
  maxBytes: 1024 * 1024,
};
const USER_BODY_MAX_BYTES = 64 * 1024;
const BOT_BODY_MAX_BYTES = 256 * 1024; // the real service's activity size limit
const BOT_ACCOUNT = { id: 'local-bot', name: 'Bot', role: 'bot' };
const SWEEP_MS = 60_000;

/**
 * A Direct Line 3.0–compatible endpoint for local runs and tests: the client API Web Chat
 * and DirectLineJS use (tokens, conversations, activities, websocket stream) and the
 * Connector API subset a Bot Framework bot replies to. All state is in memory by design.
 */
export function registerDirectLine(server: Server, deps: DirectLineDeps): LocalDirectLine {
  const now = deps.now ?? (() => new Date());
  const nowMs = (): number => now().getTime();
  const logger = deps.logger.child({ component: 'local-directline' });
  const basePath = (deps.basePath ?? '').replace(/\/+$/, '');
  const tokens = new DirectLineTokens(now);
  const store = new ConversationStore({ ...DEFAULT_LIMITS, ...deps.limits }, nowMs);
  const delivery = new BotDelivery(() => resolveAgainstSelf(server, deps.botEndpoint), logger);
  const route = (handler: (req: Request, res: Response) => Promise<void>) => jsonRoute(logger, handler);

  const serviceUrl = (): string => `${loopbackOrigin(server)}${basePath}`;
  const conversationOf = (req: Request): Conversation => {
    const conversation = store.get(req.params.conversationId as string);
    if (!conversation) throw new HttpError(404, 'NotFound', 'Conversation not found or expired.');
    return conversation;
  };
  const session = (req: Request, conversation: Conversation, watermark: number) => {
    const token = tokens.issue({ conversationId: conversation.id, userId: conversation.userId });
    return {
      conversationId: conversation.id,
      token,
      expires_in: tokens.lifetimeSeconds,
      streamUrl: streamUrl(req, conversation.id, watermark, token),
    };
  };
  const routing = (conversation: Conversation) => ({
    channelId: 'webchat',
    conversation: { id: conversation.id },
    timestamp: now().toISOString(),
  });

  // A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112 §6.3), but restify's
  // bodyParser with rejectUnknown answers 415 to one, e.g. botbuilder's DELETE activity. Say so explicitly.
  server.pre((req: Request, _res: Response, next: () => void) => {
    const ours = req.url?.startsWith('/v3/directline/') || req.url?.startsWith(`${basePath}/v3/conversations/`);
    if (ours && req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
      req.headers['content-length'] = '0';
    }
    next();
  });

  // ---- Direct Line client API (what Web Chat calls) ----

  server.post('/v3/directline/tokens/generate', route(async (req, res) => {
    const body = parseWith(TokenGenerateBody, await readJsonBody(req, USER_BODY_MAX_BYTES));
    const conversationId = randomBytes(16).toString('base64url');
    const userId = body?.user?.id ?? `dl_${randomBytes(12).toString('base64url')}`;
    res.json(200, { conversationId, token: tokens.issue({ conversationId, userId }), expires_in: tokens.lifetimeSeconds });
  }));

  server.post('/v3/directline/tokens/refresh', route(async (req, res) => {
    const grant = requireGrant(tokens, req.headers.authorization);
    res.json(200, { conversationId: grant.conversationId, token: tokens.issue(grant), expires_in: tokens.lifetimeSeconds });
  }));

  server.post('/v3/directline/conversations', route(async (req, res) => {
    const grant = requireGrant(tokens, req.headers.authorization);
    const body = parseWith(StartConversationBody, await readJsonBody(req, USER_BODY_MAX_BYTES));
    const { conversation, created } = store.open(grant.conversationId, grant.userId);
    if (created) {
      logger.info({ conversationId: conversation.id }, 'conversation started');
      // As the real service does: tell the bot the user joined, so it can greet first.
      const user = { id: conversation.userId, role: 'user' };
      delivery
        .deliver(conversation, {
          type: 'conversationUpdate',
          id: randomUUID(),
          ...routing(conversation),
          serviceUrl: serviceUrl(),
          from: user,
          recipient: BOT_ACCOUNT,
          membersAdded: [user],
          ...(body?.locale ? { locale: body.locale } : {}),
        })
        .catch(() => undefined); // already logged; the conversation stays usable
    }
    res.json(created ? 201 : 200, session(req, conversation, 0));
  }));

  server.get('/v3/directline/conversations/:conversationId', route(async (req, res) => {
    requireGrant(tokens, req.headers.authorization, req.params.conversationId as string);
    const watermark = watermarkOf(req);
    res.json(200, session(req, conversationOf(req), watermark));
  }));

  server.get('/v3/directline/conversations/:conversationId/activities', route(async (req, res) => {
    requireGrant(tokens, req.headers.authorization, req.params.conversationId as string);
    const watermark = watermarkOf(req);
    res.json(200, conversationOf(req).since(watermark, nowMs()));
  }));

  server.post('/v3/directline/conversations/:conversationId/activities', route(async (req, res) => {
    const grant = requireGrant(tokens, req.headers.authorization, req.params.conversationId as string);
    const posted = parseWith(UserActivity, await readJsonBody(req, USER_BODY_MAX_BYTES));
    const conversation = conversationOf(req);
    const activity = {
      ...posted,
      ...routing(conversation),
      serviceUrl: serviceUrl(),
      from: { id: grant.userId, ...(posted.from?.name ? { name: posted.from.name } : {}), role: 'user' },
      recipient: BOT_ACCOUNT,
    };
    // Clients expect their own messages echoed back (Web Chat marks them "sent" that way); typing is not kept.
    const sent: Activity =
      activity.type === 'typing' ? { ...activity, id: randomUUID() } : conversation.append(activity, nowMs());
    await delivery.deliver(conversation, sent);
    res.json(200, { id: sent.id });
  }));

  // ---- Connector API subset (what the bot calls back on its serviceUrl) ----

  const connector = `${basePath}/v3/conversations/:conversationId/activities`;
  const fromBot = async (req: Request): Promise<{ conversation: Conversation; activity: Omit<Activity, 'id'> }> => {
    if (!isLoopback(req.socket.remoteAddress)) throw new HttpError(403, 'Forbidden', 'Connector calls are accepted from this machine only.');
    const posted = parseWith(BotActivity, await readJsonBody(req, BOT_BODY_MAX_BYTES));
    const conversation = conversationOf(req);
    const { id: _ignoredId, serviceUrl: _ignoredUrl, ...rest } = posted;
    const replyToId = (req.params.activityId as string | undefined) ?? posted.replyToId;
    // The bot-side serviceUrl is dropped: clients have no use for it.
    const activity = {
      ...rest,
      ...routing(conversation),
      from: { ...BOT_ACCOUNT, ...posted.from, role: 'bot' },
      recipient: { id: conversation.userId, role: 'user' },
      ...(replyToId ? { replyToId } : {}),
    };
    return { conversation, activity };
  };

  const storeFromBot = route(async (req, res) => {
    const { conversation, activity } = await fromBot(req);
    res.json(200, { id: conversation.append(activity, nowMs()).id });
  });
  server.post(connector, storeFromBot);
  server.post(`${connector}/:activityId`, storeFromBot);

  server.put(`${connector}/:activityId`, route(async (req, res) => {
    const { conversation, activity } = await fromBot(req);
    const activityId = req.params.activityId as string;
    const { replyToId: _notAReply, ...update } = activity;
    const updated = conversation.replace(activityId, update, nowMs());
    if (!updated) throw new HttpError(404, 'NotFound', 'Activity not found.');
    res.json(200, { id: updated.id });
  }));

  server.del(`${connector}/:activityId`, route(async (req, res) => {
    if (!isLoopback(req.socket.remoteAddress)) throw new HttpError(403, 'Forbidden', 'Connector calls are accepted from this machine only.');
    if (!conversationOf(req).remove(req.params.activityId as string)) throw new HttpError(404, 'NotFound', 'Activity not found.');
    res.send(200);
  }));

  const stream = attachActivityStream(server.server, { store, tokens, logger, nowMs });
  const sweeper = setInterval(() => store.sweep(), SWEEP_MS);
  sweeper.unref();

  return {
    async close() {
      clearInterval(sweeper);
      await delivery.drain(5_000);
      stream.close();
      store.clear();
    },
  };
}

/** Read from the URL itself, so this works whether or not the server uses restify's queryParser. */
function watermarkOf(req: Request): number {
  const watermark = parseWatermark(new URL(req.url ?? '/', 'http://local').searchParams.get('watermark'));
  if (watermark === undefined) throw new HttpError(400, 'BadArgument', 'Invalid watermark.');
  return watermark;
}

/** The stream URL as the client reached us (it may be behind a proxy); the token rides along as the real service's does. */
function streamUrl(req: Request, conversationId: string, watermark: number, token: string): string {
  const secure = req.isSecure() || req.headers['x-forwarded-proto'] === 'https';
  const host = /^[A-Za-z0-9.:[\]-]+$/.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
  const path = `/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream`;
  return `${secure ? 'wss' : 'ws'}://${host}${path}?watermark=${watermark}&t=${encodeURIComponent(token)}`;
}
