import { createHmac, randomBytes } from 'node:crypto';

/** Turns a channel's conversation id into the opaque key every store, log line and handoff uses. */
export type ConversationKeyer = (channelId: string, conversationId: string) => string;

/**
 * A keyed hash (HMAC-SHA256), not a plain one: an SMS conversation id holds a phone number, and a
 * plain hash of one of the ~10^10 US numbers can be reversed by trying them all. Without the secret
 * the key says nothing about the number.
 */
export function conversationKeyer(secret: string): ConversationKeyer {
  return (channelId, conversationId) =>
    createHmac('sha256', secret).update(`${channelId}\u0000${conversationId}`).digest('hex').slice(0, 32);
}

/** For the embedded, in-memory store only: its data dies with the process, and so may its keys. */
export function processLocalSecret(): string {
  return randomBytes(32).toString('hex');
}
