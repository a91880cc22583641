import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { cosmosStatus, unavailable } from './cosmosFailure';
import { parseStored } from './storedDocument';

export type ReserveResult = { ok: true; reference: string } | { ok: false; reason: 'full' };

export interface BookingStore {
  /** Idempotent per holderId: if this holder already holds a seat in this slot, return it. */
  reserve(req: { slotStart: string; capacity: number; holderId: string; reference: string }): Promise<ReserveResult>;
  /** How many seats are taken per slot start in [fromIso, toIso). Keys are `slotKey(slotStart)`. */
  takenCounts(fromIso: string, toIso: string): Promise<Map<string, number>>;
  /** Frees whatever seat this holder has in the slot (for cancel/reschedule); nothing held is fine. */
  release(holderId: string, slotStart: string): Promise<void>;
}

const IsoInstant = z.iso.datetime({ offset: true });

/**
 * Canonical form of a slot start (UTC, millisecond precision). Seat ids and `takenCounts` keys use it,
 * so "09:00-05:00" and "14:00Z" are the same slot whoever formatted them.
 */
export function slotKey(slotStart: string): string {
  if (!IsoInstant.safeParse(slotStart).success) throw new RangeError('slot start is not an ISO 8601 date-time');
  return new Date(slotStart).toISOString();
}

// One document per taken seat. Its id is the lock: Cosmos rejects a second create of the same id
// with 409 on every instance, so capacity holds without any coordination between servers.
const Seat = z.object({
  id: z.string(),
  slotStart: z.string(),
  seat: z.number().int(),
  holderId: z.string(),
  reference: z.string(),
  reservedAt: z.string(),
});
type Seat = z.infer<typeof Seat>;

const seatId = (slot: string, seat: number): string => `slot:${slot}:${seat}`;

export function cosmosBookingStore(
  container: Container,
  /** Seconds to keep a seat after its slot has started; -1 keeps it forever. */
  opts: { retentionSeconds: number },
): BookingStore {
  const name = container.id;

  async function seatsIn(slot: string, holderId?: string): Promise<Seat[]> {
    const byHolder = holderId === undefined ? '' : ' AND c.holderId = @holderId';
    const parameters = [{ name: '@slot', value: slot }];
    if (holderId !== undefined) parameters.push({ name: '@holderId', value: holderId });
    let docs: unknown[];
    try {
      ({ resources: docs } = await container.items
        .query({ query: `SELECT * FROM c WHERE c.slotStart = @slot${byHolder}`, parameters })
        .fetchAll());
    } catch (err) {
      throw unavailable(`query ${name}`, err);
    }
    return docs
      .map((doc) => parseStored(Seat, name, (doc as { id?: string }).id ?? '(no id)', doc))
      .sort((a, b) => a.seat - b.seat);
  }

  async function deleteSeat(id: string): Promise<void> {
    try {
      await container.item(id, id).delete();
    } catch (err) {
      if (cosmosStatus(err) !== 404) throw unavailable(`delete ${name}`, err);
    }
  }

  // Retention counts from the slot, not from the booking: the seat must stay locked until the call happens.
  function ttlFor(slot: string): { ttl?: number } {
    if (opts.retentionSeconds === -1) return {};
    const untilSlot = Math.max(0, Math.ceil((Date.parse(slot) - Date.now()) / 1000));
    return { ttl: untilSlot + opts.retentionSeconds };
  }

  return {
    async reserve({ slotStart, capacity, holderId, reference }) {
      if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('capacity must be a non-negative integer');
      const slot = slotKey(slotStart);

      const seats = await seatsIn(slot);
      const held = seats.find((s) => s.holderId === holderId);
      if (held) return { ok: true, reference: held.reference };
      // Also covers seats numbered past a capacity that has since been lowered.
      if (seats.length >= capacity) return { ok: false, reason: 'full' };

      for (let seat = 0; seat < capacity; seat++) {
        const doc: Seat = { id: seatId(slot, seat), slotStart: slot, seat, holderId, reference, reservedAt: new Date().toISOString() };
        try {
          await container.items.create({ ...doc, ...ttlFor(slot) });
        } catch (err) {
          if (cosmosStatus(err) === 409) continue; // that seat is taken, try the next one
          throw unavailable(`reserve ${name}`, err);
        }
        return { ok: true, reference: await keepOneSeat(slot, holderId, doc) };
      }
      return { ok: false, reason: 'full' };
    },

    async takenCounts(fromIso, toIso) {
      // Counted here rather than with GROUP BY: cosmosdb-server's SQL engine has no GROUP BY,
      // and a window of slots is a handful of small documents anyway.
      const parameters = [
        { name: '@from', value: slotKey(fromIso) },
        { name: '@to', value: slotKey(toIso) },
      ];
      let starts: unknown[];
      try {
        ({ resources: starts } = await container.items
          .query({ query: 'SELECT VALUE c.slotStart FROM c WHERE c.slotStart >= @from AND c.slotStart < @to', parameters })
          .fetchAll());
      } catch (err) {
        throw unavailable(`query ${name}`, err);
      }
      const counts = new Map<string, number>();
      for (const start of starts) {
        if (typeof start === 'string') counts.set(start, (counts.get(start) ?? 0) + 1);
      }
      return counts;
    },

    async release(holderId, slotStart) {
      const seats = await seatsIn(slotKey(slotStart), holderId);
      await Promise.all(seats.map((s) => deleteSeat(s.id)));
    },
  };

  /**
   * The same holder racing itself (a retried message on two instances) can win two seats.
   * Every racer keeps the lowest-numbered one and gives back its own extra, so they converge.
   */
  async function keepOneSeat(slot: string, holderId: string, mine: Seat): Promise<string> {
    const keeper = (await seatsIn(slot, holderId))[0];
    if (keeper === undefined || keeper.id === mine.id) return mine.reference;
    await deleteSeat(mine.id);
    return keeper.reference;
  }
}
