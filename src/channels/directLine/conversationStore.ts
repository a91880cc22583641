import { Conversation, type ConversationLimits } from './conversation';

export interface ConversationStoreLimits extends ConversationLimits {
  maxConversations: number;
  idleMs: number;
}

/**
 * The local Direct Line's conversations, in memory by design: this endpoint serves local
 * runs and tests, so nothing survives a restart. Memory stays bounded: at most
 * `maxConversations` are kept (the least recently active is evicted first) and any
 * conversation idle for `idleMs` with no open stream is dropped.
 */
export class ConversationStore {
  // Map iteration order is insertion order; touching re-inserts, so the first entry is the least recently active.
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly limits: ConversationStoreLimits,
    private readonly nowMs: () => number,
  ) {}

  /** Creates the conversation, or returns it if it already exists. */
  open(id: string, userId: string): { conversation: Conversation; created: boolean } {
    const existing = this.get(id);
    if (existing) return { conversation: existing, created: false };
    while (this.conversations.size >= this.limits.maxConversations) {
      const oldest = this.conversations.values().next().value;
      if (!oldest) break;
      this.drop(oldest);
    }
    const conversation = new Conversation(id, userId, this.limits, this.nowMs());
    this.conversations.set(id, conversation);
    return { conversation, created: true };
  }

  /** The live conversation, marked active; undefined if unknown or idle too long. */
  get(id: string): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    const now = this.nowMs();
    if (this.isIdle(conversation, now)) {
      this.drop(conversation);
      return undefined;
    }
    conversation.lastActiveAt = now;
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Drops every idle conversation; returns how many. */
  sweep(): number {
    const now = this.nowMs();
    let dropped = 0;
    for (const conversation of [...this.conversations.values()]) {
      if (this.isIdle(conversation, now)) {
        this.drop(conversation);
        dropped += 1;
      }
    }
    return dropped;
  }

  clear(): void {
    for (const conversation of [...this.conversations.values()]) this.drop(conversation);
  }

  get size(): number {
    return this.conversations.size;
  }

  /** A conversation with an open stream is a page someone still has open, so it is not idle. */
  private isIdle(conversation: Conversation, now: number): boolean {
    return conversation.listenerCount === 0 && now - conversation.lastActiveAt >= this.limits.idleMs;
  }

  private drop(conversation: Conversation): void {
    this.conversations.delete(conversation.id);
    conversation.end();
  }
}
