import { DirectLine, ConnectionStatus, type Activity } from 'botframework-directlinejs';
import type { Subscription } from 'rxjs/Subscription';
import { WebSocket } from 'ws';
import { fetchAjax } from './fetchAjax';

export interface DirectLineSessionOptions {
  domain: string;
  token: string;
  /** Resume this conversation instead of starting one, as Web Chat does after a reload. */
  conversationId?: string;
  watermark?: string;
}

/**
 * The real DirectLineJS client, polling (its websocket mode needs a browser-style global
 * WebSocket; the stream has its own test with `ws`), with helpers to wait for what arrives.
 */
export class DirectLineSession {
  readonly client: DirectLine;
  readonly received: Activity[] = [];
  private readonly waiters: Array<{ test: (a: Activity) => boolean; resolve: (a: Activity) => void }> = [];
  private readonly subscription: Subscription;

  constructor(options: DirectLineSessionOptions) {
    this.client = new DirectLine({
      domain: options.domain,
      token: options.token,
      ...(options.conversationId ? { conversationId: options.conversationId } : {}),
      ...(options.watermark ? { watermark: options.watermark } : {}),
      webSocket: false,
      pollingInterval: 200,
      ajax: fetchAjax,
      // Unused while polling, but DirectLineJS looks up a WebSocket class up front, and Node 20 has no global one.
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    });
    this.subscription = this.client.activity$.subscribe({
      next: (activity) => {
        this.received.push(activity);
        for (const waiter of [...this.waiters]) {
          if (waiter.test(activity)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(activity);
          }
        }
      },
      // Connection failures show up in connectionStatus$; tests assert on that.
      error: () => undefined,
    });
  }

  /** The conversation DirectLineJS connected to (a private field in its typings). */
  get conversationId(): string | undefined {
    return (this.client as unknown as { conversationId?: string }).conversationId;
  }

  /** Resolves with the first activity, already received or still to come, that passes `test`. */
  waitFor(test: (activity: Activity) => boolean, timeoutMs = 8000): Promise<Activity> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for an activity')), timeoutMs);
      this.waiters.push({ test, resolve: (activity) => (clearTimeout(timer), resolve(activity)) });
    });
  }

  waitForBotText(text: string, timeoutMs?: number): Promise<Activity> {
    return this.waitFor((a) => a.type === 'message' && a.from.role === 'bot' && a.text === text, timeoutMs);
  }

  waitForStatus(status: ConnectionStatus, timeoutMs = 8000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for status ${ConnectionStatus[status]}`)), timeoutMs);
      const sub = this.client.connectionStatus$.subscribe((current) => {
        if (current !== status) return;
        clearTimeout(timer);
        setImmediate(() => sub.unsubscribe());
        resolve();
      });
    });
  }

  sendText(text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.client
        .postActivity({ type: 'message', text, from: { id: 'ignored-by-server' } })
        .subscribe({ next: resolve, error: reject });
    });
  }

  end(): void {
    this.subscription.unsubscribe();
    this.client.end();
  }
}
