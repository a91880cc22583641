import { conversationWith, staffToken, startBot, type Harness } from '../support/botHarness';

let h: Harness;
beforeAll(async () => {
  h = await startBot();
});
afterAll(() => h.close());

const post = (body: string, type = 'application/json') =>
  fetch(`${h.botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body });

describe('the messaging endpoint answers bad input with 4xx and loses nothing', () => {
  it.each([
    ['malformed JSON', '{"type": "message", ', 'application/json'],
    ['JSON without an activity type', '{"text": "hi"}', 'application/json'],
    ['an array', '[1,2,3]', 'application/json'],
    ['a form body', 'type=message', 'application/x-www-form-urlencoded'],
  ])('%s → 4xx', async (_, body, type) => {
    const res = await post(body, type);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('a conversation goes on normally after a malformed request', async () => {
    const c = conversationWith(h);
    await post('{"type":');
    expect((await c.start()).length).toBeGreaterThan(0);
  });

  it('activities the intake does not answer (typing, events) are accepted silently', async () => {
    const c = conversationWith(h);
    const res = await c.post({ type: 'typing' });
    expect(res.status).toBe(200);
    expect(res.replies).toEqual([]);
  });
});

describe('health probes', () => {
  it('/healthz says the process is alive', async () => {
    expect((await fetch(`${h.botUrl}/healthz`)).status).toBe(200);
  });
  it('/readyz checks storage', async () => {
    expect(await (await fetch(`${h.botUrl}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

describe('the staff API is behind a bearer token', () => {
  it('401 without a token, or with a wrong one', async () => {
    expect((await fetch(`${h.botUrl}/api/handoffs`)).status).toBe(401);
    const wrong = await fetch(`${h.botUrl}/api/handoffs`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });
  it('200 and a JSON array with the token; 404 for an unknown id; 400 for a bad query', async () => {
    const auth = { authorization: `Bearer ${staffToken}` };
    const list = await fetch(`${h.botUrl}/api/handoffs`, { headers: auth });
    expect(list.status).toBe(200);
    expect(Array.isArray(await list.json())).toBe(true);
    expect((await fetch(`${h.botUrl}/api/handoffs/nope`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${h.botUrl}/api/handoffs?limit=abc`, { headers: auth })).status).toBe(400);
  });
});

describe('with no staff token configured the API is off, not open', () => {
  it('answers 404 to everyone', async () => {
    const off = await startBot({ env: { STAFF_API_TOKEN: '' } });
    try {
      expect((await fetch(`${off.botUrl}/api/handoffs`)).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

describe('with a Microsoft App ID, anonymous traffic is refused', () => {
  it('401 for an activity without a Bot Framework token', async () => {
    const secured = await startBot({ env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used' } });
    try {
      const c = conversationWith(secured);
      const res = await c.post({ type: 'message', text: 'hi' });
      expect(res.status).toBe(401);
      expect(res.replies).toEqual([]);
    } finally {
      await secured.close();
    }
  });
});

describe('a client that goes away mid-download', () => {
  it('does not take the server down', async () => {
    const { get } = await import('node:http');
    await new Promise<void>((resolve) => {
      const req = get(`${h.botUrl}/webchat/webchat.js`, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', () => resolve());
    });
    await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`${h.botUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${h.botUrl}/webchat/webchat.js`)).status).toBe(200);
  });
});
