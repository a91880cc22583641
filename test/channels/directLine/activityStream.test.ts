import { WebSocket } from 'ws';
import { startBotServer, type BotServer } from './botServer';
import { EchoBot } from './echoBot';
import { call, startConversation } from './restCalls';

interface Frame {
  activities: Array<{ id: string; type: string; text?: string; from: { role?: string } }>;
  watermark: string;
}

/** A websocket client that keeps every frame and can wait for one. */
async function openStream(url: string): Promise<{ frames: Frame[]; until: (test: (f: Frame) => boolean) => Promise<Frame>; close: () => void }> {
  const ws = new WebSocket(url);
  const frames: Frame[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Frame);
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const until = async (test: (f: Frame) => boolean): Promise<Frame> => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = frames.find(test);
      if (found) return found;
      if (Date.now() > deadline) throw new Error('no matching frame');
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  return { frames, until, close: () => ws.close() };
}

/** Connects and returns the HTTP status the upgrade was refused with. */
function refusedStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => reject(new Error('upgrade was accepted')));
    ws.on('error', () => undefined);
  });
}

const texts = (frames: Frame[]) => frames.flatMap((f) => f.activities).filter((a) => a.type === 'message').map((a) => a.text);

describe('the Direct Line websocket stream', () => {
  let server: BotServer;
  beforeEach(async () => {
    server = await startBotServer();
  });
  afterEach(() => server.close());

  it('sends { activities, watermark } frames: the greeting, the echoed message, typing, then the reply', async () => {
    const { conversationId, token, streamUrl } = await startConversation(server.directLineDomain);
    const stream = await openStream(streamUrl);
    try {
      await stream.until((f) => f.activities.some((a) => a.text === EchoBot.greeting));
      await call(`${server.directLineDomain}/conversations/${conversationId}/activities`, {
        token,
        json: { type: 'message', text: 'over the socket' },
      });
      await stream.until((f) => f.activities.some((a) => a.text === 'Echo: over the socket'));

      expect(texts(stream.frames)).toEqual([EchoBot.greeting, 'over the socket', 'Echo: over the socket']);
      expect(stream.frames.flatMap((f) => f.activities).map((a) => a.type)).toContain('typing');
      const watermarks = stream.frames.map((f) => Number(f.watermark));
      expect(watermarks).toEqual([...watermarks].sort((a, b) => a - b));
      expect(stream.frames.at(-1)?.watermark).toBe('4');
    } finally {
      stream.close();
    }
  });

  it('replays only what came after the watermark when a client reconnects', async () => {
    const { conversationId, token } = await startConversation(server.directLineDomain);
    await call(`${server.directLineDomain}/conversations/${conversationId}/activities`, { token, json: { type: 'message', text: 'one' } });

    const resumed = await call(`${server.directLineDomain}/conversations/${conversationId}?watermark=2`, { token });
    const stream = await openStream(resumed.body.streamUrl);
    try {
      await stream.until((f) => f.activities.some((a) => a.text === 'Echo: one'));
      expect(texts(stream.frames)).toEqual(['Echo: one']);
    } finally {
      stream.close();
    }
  });

  it('refuses the upgrade without a token (401), with another conversation\'s token (403), and for an unknown path (404)', async () => {
    const a = await startConversation(server.directLineDomain);
    const b = await startConversation(server.directLineDomain);
    const wsBase = server.origin.replace('http', 'ws');

    expect(await refusedStatus(`${wsBase}/v3/directline/conversations/${a.conversationId}/stream`)).toBe(401);
    expect(await refusedStatus(`${wsBase}/v3/directline/conversations/${a.conversationId}/stream?t=${b.token}`)).toBe(403);
    expect(await refusedStatus(`${wsBase}/v3/directline/conversations/${a.conversationId}/nope?t=${a.token}`)).toBe(404);
  });
});
