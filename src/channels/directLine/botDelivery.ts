import type { Logger } from 'pino';
import type { Conversation } from './conversation';
import { HttpError } from './httpJson';

/**
 * Sends activities to the bot's messaging endpoint with a real HTTP POST, one turn at a
 * time per conversation. No Authorization header: the local Direct Line talks only to a
 * bot running without a Microsoft App ID.
 */
export class BotDelivery {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly endpoint: () => string,
    private readonly logger: Logger,
    private readonly timeoutMs = 15_000,
  ) {}

  deliver(conversation: Conversation, activity: Record<string, unknown>): Promise<void> {
    const delivery = conversation.inTurnOrder(() => this.post(conversation.id, activity));
    const tracked = delivery.catch(() => undefined).finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    return delivery;
  }

  /** Waits for turns already sent to the bot (their replies still need this server), up to `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.all([...this.inFlight]), deadline]);
    clearTimeout(timer);
  }

  private async post(conversationId: string, activity: Record<string, unknown>): Promise<void> {
    const type = String(activity.type);
    let response: Response;
    try {
      response = await fetch(this.endpoint(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      this.logger.warn({ conversationId, type, timedOut }, 'local Direct Line could not reach the bot');
      throw timedOut
        ? new HttpError(504, 'BotTimeout', 'The bot did not answer in time.')
        : new HttpError(502, 'BotUnreachable', 'The bot could not be reached.');
    }
    await response.arrayBuffer(); // drain, so the connection can be reused
    if (response.ok) return;
    if (response.status === 401 || response.status === 403) {
      this.logger.warn({ conversationId, status: response.status }, 'bot refused an anonymous request: run it without MicrosoftAppId for the local Direct Line');
    } else {
      this.logger.warn({ conversationId, type, status: response.status }, 'bot answered with an error');
    }
    throw new HttpError(502, 'BotError', 'The bot answered with an error.');
  }
}
