import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import restify from '../../../src/http/restify';
import pino from 'pino';
import { registerDirectLineTokenEndpoint, type DirectLineTokenEndpointDeps } from '../../../src/channels/directLine';
import { call } from './restCalls';

const SECRET = 'dl-secret-DO-NOT-LEAK-0123456789';

/** A local HTTP server playing the Direct Line service's tokens/generate (the real one is never called). */
async function startDirectLineService(answer: (req: IncomingMessage, body: string) => { status: number; json: unknown }) {
  const requests: Array<{ authorization?: string; body: unknown; path?: string }> = [];
  const http: HttpServer = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push({ authorization: req.headers.authorization, body: JSON.parse(body || 'null'), path: req.url });
      const { status, json } = answer(req, body);
      // Separate calls: restify patches ServerResponse.writeHead process-wide, and its version returns nothing.
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise<void>((resolve) => http.close(() => resolve())) };
}

const issuesTokens = () => ({ status: 200, json: { conversationId: 'conv-1', token: 'issued-token', expires_in: 3600 } });

async function startTokenServer(deps: Partial<DirectLineTokenEndpointDeps> & { directLineBaseUrl: string }) {
  const logs: string[] = [];
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  registerDirectLineTokenEndpoint(server, {
    directLineSecret: SECRET,
    logger: pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) }),
    rateLimit: { perMinute: 30 },
    ...deps,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/directline/token`;
  return { url, logs, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('POST /api/directline/token (production)', () => {
  it('exchanges the secret server-side for a token bound to a fresh dl_ user id', async () => {
    const service = await startDirectLineService(issuesTokens);
    const tokens = await startTokenServer({ directLineBaseUrl: service.url });
    try {
      const reply = await call(tokens.url, { method: 'POST' });

      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ token: 'issued-token', userId: expect.stringMatching(/^dl_[0-9a-f]{24}$/), expiresIn: 3600, conversationId: 'conv-1' });
      expect(reply.headers.get('cache-control')).toBe('no-store');
      expect(service.requests).toEqual([
        { path: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}`, body: { user: { id: reply.body.userId } } },
      ]);
      expect(tokens.logs.join('\n')).not.toMatch(/issued-token|DO-NOT-LEAK/);
    } finally {
      await tokens.close();
      await service.close();
    }
  });

  it('gives every request its own user id', async () => {
    const service = await startDirectLineService(issuesTokens);
    const tokens = await startTokenServer({ directLineBaseUrl: service.url });
    try {
      const first = await call(tokens.url, { method: 'POST', json: {} });
      const second = await call(tokens.url, { method: 'POST' });
      expect(first.body.userId).not.toBe(second.body.userId);
    } finally {
      await tokens.close();
      await service.close();
    }
  });

  it('answers 502 without the secret when Direct Line refuses, and does not log the secret', async () => {
    const service = await startDirectLineService(() => ({ status: 403, json: { error: { code: 'Forbidden', message: `bad secret ${SECRET}` } } }));
    const tokens = await startTokenServer({ directLineBaseUrl: service.url });
    try {
      const reply = await call(tokens.url, { method: 'POST' });
      expect(reply.status).toBe(502);
      expect(reply.body).toEqual({ error: { code: 'TokenUnavailable', message: expect.any(String) } });
      expect(JSON.stringify(reply.body)).not.toContain(SECRET);
      expect(tokens.logs.join('\n')).toContain('"status":403');
      expect(tokens.logs.join('\n')).not.toContain(SECRET);
    } finally {
      await tokens.close();
      await service.close();
    }
  });

  it('answers 502 when Direct Line cannot be reached or answers garbage', async () => {
    const garbage = await startDirectLineService(() => ({ status: 200, json: { hello: 'world' } }));
    const unreachable = await startDirectLineService(issuesTokens);
    await unreachable.close(); // its port is now closed
    const viaGarbage = await startTokenServer({ directLineBaseUrl: garbage.url });
    const viaNothing = await startTokenServer({ directLineBaseUrl: unreachable.url });
    try {
      expect((await call(viaGarbage.url, { method: 'POST' })).status).toBe(502);
      expect((await call(viaNothing.url, { method: 'POST' })).status).toBe(502);
    } finally {
      await viaGarbage.close();
      await viaNothing.close();
      await garbage.close();
    }
  });

  it('rejects a body that is not empty with 400', async () => {
    const service = await startDirectLineService(issuesTokens);
    const tokens = await startTokenServer({ directLineBaseUrl: service.url });
    try {
      const reply = await call(tokens.url, { json: { user: { id: 'dl_chosen-by-client' } } });
      expect(reply.status).toBe(400);
      expect(service.requests).toHaveLength(0);
    } finally {
      await tokens.close();
      await service.close();
    }
  });

  it('rate-limits per client IP with 429 and Retry-After, refilling over time', async () => {
    let clock = new Date('2030-01-01T10:00:00Z');
    const service = await startDirectLineService(issuesTokens);
    const tokens = await startTokenServer({ directLineBaseUrl: service.url, rateLimit: { perMinute: 3 }, now: () => clock });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await call(tokens.url, { method: 'POST' })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await call(tokens.url, { method: 'POST' });
      expect(limited.headers.get('retry-after')).toBe('20');
      expect(limited.body.error.code).toBe('TooManyRequests');
      expect(service.requests).toHaveLength(3);

      clock = new Date('2030-01-01T10:00:20Z');
      expect((await call(tokens.url, { method: 'POST' })).status).toBe(200);
    } finally {
      await tokens.close();
      await service.close();
    }
  });

  it('counts clients by the proxy-appended X-Forwarded-For entry only when told to trust the proxy', async () => {
    const service = await startDirectLineService(issuesTokens);
    const trusting = await startTokenServer({ directLineBaseUrl: service.url, rateLimit: { perMinute: 1 }, trustProxy: true });
    const plain = await startTokenServer({ directLineBaseUrl: service.url, rateLimit: { perMinute: 1 } });
    const from = async (url: string, forwardedFor: string) =>
      (await fetch(url, { method: 'POST', headers: { 'x-forwarded-for': forwardedFor } })).status;
    try {
      expect(await from(trusting.url, '203.0.113.7:51000')).toBe(200);
      expect(await from(trusting.url, 'spoofed, 203.0.113.8:52000')).toBe(200);
      expect(await from(trusting.url, '203.0.113.7:53000')).toBe(429);

      expect(await from(plain.url, '203.0.113.7')).toBe(200);
      expect(await from(plain.url, '203.0.113.8')).toBe(429); // same socket IP: the header is ignored
    } finally {
      await trusting.close();
      await plain.close();
      await service.close();
    }
  });

  it('refuses to start without a secret', () => {
    expect(() =>
      registerDirectLineTokenEndpoint(restify.createServer(), {
        directLineSecret: '',
        logger: pino({ level: 'silent' }),
        rateLimit: { perMinute: 1 },
      }),
    ).toThrow(/directLineSecret/);
  });
});
