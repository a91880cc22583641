import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import type { ConversationStore } from './conversationStore';
import { authorize } from './authorize';
import type { DirectLineTokens } from './directLineTokens';
import { parseWatermark } from './watermark';

export interface ActivityStreamDeps {
  store: ConversationStore;
  tokens: DirectLineTokens;
  logger: Logger;
  nowMs: () => number;
}

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
const MAX_STREAMS_PER_CONVERSATION = 5;
const HEARTBEAT_MS = 30_000;

/**
 * Direct Line's websocket stream: `{ activities, watermark }` frames, first whatever the
 * client has not seen yet, then each activity as it is stored. Attached to the HTTP
 * server's `upgrade` event; upgrades for other paths are left to other listeners.
 */
export function attachActivityStream(httpServer: HttpServer, deps: ActivityStreamDeps): { close(): void } {
  // Clients only ever send empty keep-alive strings, so a small payload cap is plenty.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 });
  const alive = new WeakSet<WebSocket>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (!url.pathname.startsWith('/v3/directline/')) return;
    const match = STREAM_PATH.exec(url.pathname);
    if (!match?.[1]) return refuse(socket, 404, 'NotFound');
    const conversationId = decodeURIComponent(match[1]);

    const auth = authorize(deps.tokens, url.searchParams.get('t') ?? req.headers.authorization, conversationId);
    if (!auth.ok) return refuse(socket, auth.error.status, auth.error.code);
    const watermark = parseWatermark(url.searchParams.get('watermark'));
    if (watermark === undefined) return refuse(socket, 400, 'BadArgument');
    const conversation = deps.store.get(conversationId);
    if (!conversation) return refuse(socket, 404, 'NotFound');
    if (conversation.listenerCount >= MAX_STREAMS_PER_CONVERSATION) return refuse(socket, 429, 'TooManyStreams');

    wss.handleUpgrade(req, socket, head, (ws) => {
      alive.add(ws);
      const send = (frame: unknown): void => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
      };
      const unsubscribe = conversation.subscribe({ push: send, end: () => ws.close(1000) });
      const missed = conversation.since(watermark, deps.nowMs());
      if (missed.activities.length > 0) send(missed);
      ws.on('pong', () => alive.add(ws));
      ws.on('message', () => {
        conversation.lastActiveAt = deps.nowMs();
      });
      ws.on('close', unsubscribe);
      ws.on('error', () => ws.terminate());
    });
  };

  // Browsers don't notice half-open sockets quickly; pings let us drop them.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  httpServer.on('upgrade', onUpgrade);
  return {
    close() {
      clearInterval(heartbeat);
      httpServer.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

function refuse(socket: Duplex, status: number, code: string): void {
  const body = JSON.stringify({ error: { code, message: STATUS_CODES[status] ?? 'Refused' } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Connection: close\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
