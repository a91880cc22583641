import { randomBytes } from 'node:crypto';
import type { Request, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { HttpError, jsonRoute, parseWith, readJsonBody } from './httpJson';
import { RateLimiter } from './rateLimiter';

export interface DirectLineTokenEndpointDeps {
  directLineSecret: string;
  /** Default https://directline.botframework.com; a regional host (e.g. europe.directline.botframework.com) also works. */
  directLineBaseUrl?: string;
  fetch?: typeof fetch;
  logger: Logger;
  rateLimit: { perMinute: number };
  /**
   * Behind a reverse proxy (Azure App Service, a load balancer), the client IP is the last
   * X-Forwarded-For entry, which that proxy appends. Off by default: anyone can send that header.
   */
  trustProxy?: boolean;
  now?: () => Date;
}

/** The page may send `{}` or nothing; anything else is a client bug worth a 400. */
const RequestBody = z.object({}).strict().optional();

const GeneratedToken = z.object({
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
  conversationId: z.string().min(1).optional(),
});

const UPSTREAM_TIMEOUT_MS = 10_000;

/**
 * `POST /api/directline/token`: trades the Direct Line secret, server-side, for a token
 * bound to a fresh `dl_` user id (Direct Line enhanced authentication), so the secret
 * never reaches a browser. Returns `{ token, userId, expiresIn, conversationId }`.
 */
export function registerDirectLineTokenEndpoint(server: Server, deps: DirectLineTokenEndpointDeps): void {
  if (!deps.directLineSecret) throw new Error('directLineSecret is required for the Direct Line token endpoint');
  const logger = deps.logger.child({ component: 'directline-token' });
  const doFetch = deps.fetch ?? fetch;
  const generateUrl = `${(deps.directLineBaseUrl ?? 'https://directline.botframework.com').replace(/\/+$/, '')}/v3/directline/tokens/generate`;
  const now = deps.now ?? (() => new Date());
  const limiter = new RateLimiter(deps.rateLimit.perMinute, () => now().getTime());

  server.post('/api/directline/token', jsonRoute(logger, async (req, res) => {
    res.header('Cache-Control', 'no-store');
    const decision = limiter.take(clientIp(req, deps.trustProxy ?? false));
    if (!decision.allowed) {
      throw new HttpError(429, 'TooManyRequests', 'Too many token requests; try again shortly.', {
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    parseWith(RequestBody, await readJsonBody(req, 1024));

    const userId = `dl_${randomBytes(12).toString('hex')}`;
    let upstream: Response;
    try {
      upstream = await doFetch(generateUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${deps.directLineSecret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      });
    } catch (error) {
      logger.warn({ err: { name: (error as Error).name } }, 'Direct Line token request failed');
      throw unavailable();
    }
    const payload: unknown = await upstream.json().catch(() => undefined);
    const parsed = GeneratedToken.safeParse(payload);
    if (!upstream.ok || !parsed.success) {
      logger.warn({ status: upstream.status, shapeOk: parsed.success }, 'Direct Line refused or garbled a token request');
      throw unavailable();
    }
    res.json(200, {
      token: parsed.data.token,
      userId,
      expiresIn: parsed.data.expires_in,
      ...(parsed.data.conversationId ? { conversationId: parsed.data.conversationId } : {}),
    });
  }));
}

function unavailable(): HttpError {
  return new HttpError(502, 'TokenUnavailable', 'Could not start a chat right now.');
}

function clientIp(req: Request, trustProxy: boolean): string {
  const socketIp = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socketIp;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim();
  if (!forwarded) return socketIp;
  // Azure appends "ip:port"; strip the port, keeping bare IPv6 intact.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(forwarded);
  if (bracketed?.[1]) return bracketed[1];
  return /^[\d.]+:\d+$/.test(forwarded) ? forwarded.replace(/:\d+$/, '') : forwarded;
}
