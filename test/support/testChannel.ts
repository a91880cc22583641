import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  type: string;
  text?: string;
  textFormat?: string;
  suggestedActions?: { actions: { title: string; value: { choice?: string; prompt?: string } }[] };
  attachments?: { contentType: string; content: { text?: string; buttons?: { title: string; value: { choice?: string } }[] } }[];
  conversation?: { id: string };
  replyToId?: string;
  locale?: string;
  [key: string]: unknown;
}

/**
 * A local stand-in for a channel's connector service: the bot posts its replies here (the
 * `serviceUrl` of our activities), exactly as it would to Azure Bot Service.
 */
export async function startTestChannel() {
  const received: RecordedActivity[] = [];
  let counter = 0;
  const server = http.createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      // restify patches ServerResponse globally, so writeHead() does not return `this` here.
      res.writeHead(404);
      res.end();
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const activity = JSON.parse(body) as RecordedActivity;
      received.push({ ...activity, conversation: { id: decodeURIComponent(match[1] ?? '') } });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${++counter}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type TestChannel = Awaited<ReturnType<typeof startTestChannel>>;
