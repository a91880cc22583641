/** A Bot Framework activity as stored and sent to clients; the fields we set are typed. */
export type Activity = Record<string, unknown> & { id: string; type: string; timestamp: string };

/** What Direct Line returns from a poll and sends in each websocket frame. */
export interface ActivityGroup {
  activities: Activity[];
  watermark: string;
}

export interface ActivityListener {
  push(group: ActivityGroup): void;
  end(): void;
}

export interface ConversationLimits {
  /** Oldest activities are dropped past either bound, so one chatty conversation can't grow without limit. */
  maxActivities: number;
  maxBytes: number;
}

interface Entry {
  seq: number;
  activity: Activity;
  bytes: number;
  receivedAt: number;
}

/** Typing indicators are shown only while fresh; replaying old ones after a reload would be noise. */
const TYPING_REPLAY_WINDOW_MS = 10_000;

/**
 * One conversation's activity log. Every stored activity gets the next sequence number;
 * the watermark a client holds is the last sequence number it has seen, and activity ids
 * follow the real service's `<conversationId>|<seq>` shape.
 */
export class Conversation {
  lastActiveAt: number;
  private entries: Entry[] = [];
  private lastSeq = 0;
  private bytes = 0;
  private readonly listeners = new Set<ActivityListener>();
  private turnTail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly id: string,
    readonly userId: string,
    private readonly limits: ConversationLimits,
    nowMs: number,
  ) {
    this.lastActiveAt = nowMs;
  }

  /** Stores an activity under a new id and pushes it to live listeners. */
  append(activity: Omit<Activity, 'id'>, nowMs: number): Activity {
    const seq = this.lastSeq + 1;
    return this.store(seq, { ...activity, id: `${this.id}|${String(seq).padStart(7, '0')}` } as Activity, nowMs);
  }

  /** Replaces a stored activity: it moves to the end of the log so live and polling clients both see the new version. */
  replace(activityId: string, activity: Omit<Activity, 'id'>, nowMs: number): Activity | undefined {
    if (!this.remove(activityId)) return undefined;
    return this.store(this.lastSeq + 1, { ...activity, id: activityId } as Activity, nowMs);
  }

  remove(activityId: string): boolean {
    const index = this.entries.findIndex((entry) => entry.activity.id === activityId);
    if (index < 0) return false;
    const [removed] = this.entries.splice(index, 1);
    this.bytes -= removed?.bytes ?? 0;
    return true;
  }

  has(activityId: string): boolean {
    return this.entries.some((entry) => entry.activity.id === activityId);
  }

  /** Activities after `watermark` (the last sequence number the client has seen). */
  since(watermark: number, nowMs: number): ActivityGroup {
    const activities = this.entries
      .filter((entry) => entry.seq > watermark)
      .filter((entry) => entry.activity.type !== 'typing' || nowMs - entry.receivedAt < TYPING_REPLAY_WINDOW_MS)
      .map((entry) => entry.activity);
    return { activities, watermark: String(Math.max(watermark, this.lastSeq)) };
  }

  subscribe(listener: ActivityListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Runs bot turns one at a time, in the order the user sent them, as a person would expect. */
  inTurnOrder<T>(turn: () => Promise<T>): Promise<T> {
    const result = this.turnTail.then(turn, turn);
    this.turnTail = result.catch(() => undefined);
    return result;
  }

  /** Ends every live listener; called when the conversation expires or is evicted. */
  end(): void {
    for (const listener of this.listeners) listener.end();
    this.listeners.clear();
  }

  private store(seq: number, activity: Activity, nowMs: number): Activity {
    const bytes = Buffer.byteLength(JSON.stringify(activity));
    this.lastSeq = seq;
    this.entries.push({ seq, activity, bytes, receivedAt: nowMs });
    this.bytes += bytes;
    this.lastActiveAt = nowMs;
    while (this.entries.length > 1 && (this.entries.length > this.limits.maxActivities || this.bytes > this.limits.maxBytes)) {
      this.bytes -= this.entries.shift()?.bytes ?? 0;
    }
    const group = { activities: [activity], watermark: String(seq) };
    for (const listener of this.listeners) listener.push(group);
    return activity;
  }
}
