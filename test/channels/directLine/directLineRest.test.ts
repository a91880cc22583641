import { ActivityHandler } from 'botbuilder';
import { isLoopback } from '../../../src/channels/directLine/selfAddress';
import { startBotServer, type BotServer } from './botServer';
import { EchoBot } from './echoBot';
import { call, eventually, startConversation } from './restCalls';

describe('Direct Line REST: tokens', () => {
  let server: BotServer;
  beforeAll(async () => {
    server = await startBotServer();
  });
  afterAll(() => server.close());

  it('generates a token for a new conversation and a dl_ user, with no secret', async () => {
    const reply = await call(`${server.directLineDomain}/tokens/generate`, { method: 'POST' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 3600 });
    const claims = JSON.parse(Buffer.from(reply.body.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ conv: reply.body.conversationId, user: expect.stringMatching(/^dl_/) });
  });

  it('binds the user id the caller asks for, and refuses one that is not a plain id', async () => {
    const ok = await call(`${server.directLineDomain}/tokens/generate`, { json: { user: { id: 'dl_tester' } } });
    expect(JSON.parse(Buffer.from(ok.body.token.split('.')[1], 'base64url').toString()).user).toBe('dl_tester');
    const bad = await call(`${server.directLineDomain}/tokens/generate`, { json: { user: { id: '<script>' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BadArgument');
  });

  it('refreshes a token for the same conversation', async () => {
    const { conversationId, token } = await startConversation(server.directLineDomain);
    const refreshed = await call(`${server.directLineDomain}/tokens/refresh`, { method: 'POST', token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(conversationId);
    const poll = await call(`${server.directLineDomain}/conversations/${conversationId}/activities`, { token: refreshed.body.token });
    expect(poll.status).toBe(200);
  });

  it('refuses to refresh without a token (401) or with a forged one (403)', async () => {
    expect((await call(`${server.directLineDomain}/tokens/refresh`, { method: 'POST' })).status).toBe(401);
    expect((await call(`${server.directLineDomain}/tokens/refresh`, { method: 'POST', token: 'a.b.c' })).status).toBe(403);
  });
});

describe('Direct Line REST: conversations and activities', () => {
  let server: BotServer;
  beforeAll(async () => {
    server = await startBotServer();
  });
  afterAll(() => server.close());
  const url = (path: string) => `${server.directLineDomain}${path}`;

  it('starts with 201 and a websocket stream URL carrying the token', async () => {
    const started = await startConversation(server.directLineDomain);
    expect(started.expires_in).toBe(3600);
    expect(started.streamUrl).toMatch(
      new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${started.conversationId}/stream\\?watermark=0&t=`),
    );
  });

  it('answers 200 with the same conversation when it is started twice (no second greeting)', async () => {
    const generated = await call(url('/tokens/generate'), { method: 'POST' });
    const first = await call(url('/conversations'), { method: 'POST', token: generated.body.token });
    const second = await call(url('/conversations'), { method: 'POST', token: generated.body.token });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.conversationId).toBe(first.body.conversationId);
    await eventually(async () => {
      const poll = await call(url(`/conversations/${first.body.conversationId}/activities`), { token: first.body.token });
      expect(poll.body.activities).toHaveLength(1);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const poll = await call(url(`/conversations/${first.body.conversationId}/activities`), { token: first.body.token });
    expect(poll.body.activities.map((a: { text: string }) => a.text)).toEqual([EchoBot.greeting]);
  });

  it('polls by watermark: each poll returns only what came after the watermark it was given', async () => {
    const { conversationId, token } = await startConversation(server.directLineDomain);
    const activities = `/conversations/${conversationId}/activities`;
    const greeting = await eventually(async () => {
      const poll = await call(url(activities), { token });
      expect(poll.body.activities).toHaveLength(1);
      return poll.body;
    });
    expect(greeting.watermark).toBe('1');

    const posted = await call(url(activities), { token, json: { type: 'message', text: 'hello' } });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ id: `${conversationId}|0000002` });

    // The post returns once the bot has finished its turn, so its replies are already stored.
    const next = await call(url(`${activities}?watermark=1`), { token });
    expect(next.body.watermark).toBe('4');
    expect(next.body.activities.map((a: { type: string; text?: string }) => [a.type, a.text])).toEqual([
      ['message', 'hello'],
      ['typing', undefined],
      ['message', 'Echo: hello'],
    ]);
    const user = next.body.activities[0];
    expect(user).toMatchObject({
      channelId: 'webchat',
      from: { id: expect.stringMatching(/^dl_/), role: 'user' },
      recipient: { role: 'bot' },
      conversation: { id: conversationId },
      timestamp: expect.any(String),
    });
    expect(user.serviceUrl).toBe(server.origin);

    const nothingNew = await call(url(`${activities}?watermark=4`), { token });
    expect(nothingNew.body).toEqual({ activities: [], watermark: '4' });
  });

  it('resumes with GET /conversations/:id, handing back a fresh token and a stream URL at the watermark', async () => {
    const { conversationId, token } = await startConversation(server.directLineDomain);
    const resumed = await call(url(`/conversations/${conversationId}?watermark=3`), { token });
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ conversationId, token: expect.any(String), expires_in: 3600 });
    expect(resumed.body.streamUrl).toContain('/stream?watermark=3&t=');
  });

  it('requires a token for the conversation itself: 401 without one, 403 for a forged one or another conversation', async () => {
    const a = await startConversation(server.directLineDomain);
    const b = await startConversation(server.directLineDomain);
    const other = await startBotServer(); // its tokens are signed with another key
    const forged = await startConversation(other.directLineDomain).finally(() => other.close());
    const aActivities = url(`/conversations/${a.conversationId}/activities`);

    const missing = await call(aActivities);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: { code: 'Unauthorized', message: expect.any(String) } });
    expect((await call(aActivities, { token: b.token })).status).toBe(403);
    expect((await call(aActivities, { token: forged.token })).status).toBe(403);
    expect((await call(aActivities, { token: 'not-a-token' })).status).toBe(403);
    expect((await call(aActivities, { token: b.token, json: { type: 'message', text: 'x' } })).status).toBe(403);
    expect((await call(url(`/conversations/${a.conversationId}`), { token: b.token })).status).toBe(403);
    expect((await call(url('/conversations'), { method: 'POST' })).status).toBe(401);
  });

  it('answers 404 for a conversation that was never started', async () => {
    const generated = await call(url('/tokens/generate'), { method: 'POST' });
    const poll = await call(url(`/conversations/${generated.body.conversationId}/activities`), { token: generated.body.token });
    expect(poll.status).toBe(404);
    expect(poll.body.error.code).toBe('NotFound');
  });

  it.each([
    ['malformed JSON', { rawBody: '{"type": "message", "text": ' }],
    ['an activity without a type', { json: { text: 'hi' } }],
    ['text that is not a string', { json: { type: 'message', text: 42 } }],
    ['a type a person may not send', { json: { type: 'invoke', name: 'x' } }],
    ['a JSON array', { json: [{ type: 'message' }] }],
  ])('rejects %s with 400 and a short JSON error', async (_what, body) => {
    const { conversationId, token } = await startConversation(server.directLineDomain);
    const reply = await call(url(`/conversations/${conversationId}/activities`), { token, ...body });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual(expect.objectContaining({}));
    expect(JSON.stringify(reply.body).length).toBeLessThan(300);
  });

  it('rejects a body over 64 KB with 413', async () => {
    const { conversationId, token } = await startConversation(server.directLineDomain);
    const reply = await call(url(`/conversations/${conversationId}/activities`), {
      token,
      json: { type: 'event', name: 'big', value: 'x'.repeat(70_000) },
    });
    expect(reply.status).toBe(413);
  });

  it('rejects a watermark that is not a number with 400', async () => {
    const { conversationId, token } = await startConversation(server.directLineDomain);
    const reply = await call(url(`/conversations/${conversationId}/activities?watermark=abc`), { token });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('BadArgument');
  });

  it('keeps running after bad requests (no crash)', async () => {
    const { conversationId, token } = await startConversation(server.directLineDomain);
    const posted = await call(url(`/conversations/${conversationId}/activities`), { token, json: { type: 'message', text: 'still here?' } });
    expect(posted.status).toBe(200);
  });
});

describe('Direct Line REST without a global body parser', () => {
  it('rejects malformed JSON with its own 400 error shape', async () => {
    const server = await startBotServer({ globalBodyParser: false });
    try {
      const { conversationId, token } = await startConversation(server.directLineDomain);
      const reply = await call(`${server.directLineDomain}/conversations/${conversationId}/activities`, { token, rawBody: '{nope' });
      expect(reply.status).toBe(400);
      expect(reply.body).toEqual({ error: { code: 'BadArgument', message: 'Body is not valid JSON.' } });
    } finally {
      await server.close();
    }
  });
});

describe('Direct Line: the bot edits and deletes its own messages through the connector', () => {
  /** Sends a draft and corrects it, and sends a message and takes it back: real botbuilder update/delete calls. */
  class EditingBot extends ActivityHandler {
    constructor() {
      super();
      this.onMessage(async (context, next) => {
        const draft = await context.sendActivity('draft');
        await context.updateActivity({ ...context.activity, type: 'message', id: draft?.id, text: 'final', from: context.activity.recipient, recipient: context.activity.from });
        const oops = await context.sendActivity('oops');
        await context.deleteActivity(oops!.id);
        await next();
      });
    }
  }

  it('shows the corrected message and not the deleted one', async () => {
    const server = await startBotServer({ bot: new EditingBot() });
    try {
      const { conversationId, token } = await startConversation(server.directLineDomain);
      const activities = `${server.directLineDomain}/conversations/${conversationId}/activities`;
      expect((await call(activities, { token, json: { type: 'message', text: 'go' } })).status).toBe(200);
      const poll = await call(activities, { token });
      expect(poll.body.activities.map((a: { text: string }) => a.text)).toEqual(['go', 'final']);
      expect(server.turnErrors).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('Direct Line: memory stays bounded', () => {
  it('evicts the least recently active conversation past maxConversations', async () => {
    const server = await startBotServer({ limits: { maxConversations: 2 } });
    try {
      const a = await startConversation(server.directLineDomain);
      const b = await startConversation(server.directLineDomain);
      await call(`${server.directLineDomain}/conversations/${a.conversationId}/activities`, { token: a.token }); // a is now the more recent
      const c = await startConversation(server.directLineDomain);
      const status = async (s: { conversationId: string; token: string }) =>
        (await call(`${server.directLineDomain}/conversations/${s.conversationId}/activities`, { token: s.token })).status;
      expect([await status(a), await status(b), await status(c)]).toEqual([200, 404, 200]);
    } finally {
      await server.close();
    }
  });

  it('drops a conversation idle longer than idleMs, and expires tokens after an hour', async () => {
    let clock = new Date('2030-01-01T10:00:00Z');
    const server = await startBotServer({ now: () => clock, limits: { idleMs: 30 * 60_000 } });
    try {
      const kept = await startConversation(server.directLineDomain);
      const activities = (s: typeof kept) => `${server.directLineDomain}/conversations/${s.conversationId}/activities`;
      await eventually(async () => expect((await call(activities(kept), { token: kept.token })).body.activities).toHaveLength(1));

      clock = new Date('2030-01-01T10:29:00Z');
      expect((await call(activities(kept), { token: kept.token })).status).toBe(200);
      clock = new Date('2030-01-01T10:59:30Z');
      expect((await call(activities(kept), { token: kept.token })).status).toBe(404);

      const fresh = await startConversation(server.directLineDomain);
      clock = new Date('2030-01-01T12:00:00Z');
      const expired = await call(activities(fresh), { token: fresh.token });
      expect(expired.status).toBe(403);
      expect(expired.body.error.code).toBe('TokenExpired');
    } finally {
      await server.close();
    }
  });
});

describe('Direct Line: connector routes', () => {
  it('live under basePath when one is given, and the bot is told so in serviceUrl', async () => {
    const server = await startBotServer({ basePath: '/local-connector/' });
    try {
      const { conversationId, token } = await startConversation(server.directLineDomain);
      const activities = `${server.directLineDomain}/conversations/${conversationId}/activities`;
      await call(activities, { token, json: { type: 'message', text: 'hi' } });
      const poll = await call(activities, { token });
      const fromUser = poll.body.activities.find((a: { from: { role: string } }) => a.from.role === 'user');
      expect(fromUser.serviceUrl).toBe(`${server.origin}/local-connector`);
      expect(poll.body.activities.map((a: { text: string }) => a.text)).toContain('Echo: hi');
    } finally {
      await server.close();
    }
  });

  it('accept calls from this machine only', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true]);
    expect(['10.0.0.5', '::ffff:192.168.1.2', undefined].map(isLoopback)).toEqual([false, false, false]);
  });
});
