import { slotKey } from '../../src/storage/bookingStore';
import type { CosmosStores } from '../../src/storage/cosmosClient';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embeddedCosmos';
import { openTestStores, rawContainer, testTtlSeconds } from './cosmosFixture';

const databaseId = 'booking-store-spec';
let server: EmbeddedCosmos;
/** Two clients against one database, as two bot instances behind a load balancer would be. */
let instanceA: CosmosStores;
let instanceB: CosmosStores;

beforeAll(async () => {
  server = await startEmbeddedCosmos();
  [instanceA, instanceB] = await Promise.all([openTestStores(server, databaseId), openTestStores(server, databaseId)]);
});

afterAll(async () => {
  instanceA?.dispose();
  instanceB?.dispose();
  await server?.close();
});

// Each test books its own future day so tests never share seats.
let day = 0;
function slotOnNextDay(hourUtc = 14): string {
  day += 1;
  return new Date(Date.UTC(2040, 0, day, hourUtc)).toISOString();
}

describe('booking store', () => {
  it('never exceeds capacity when holders race from two server instances', async () => {
    const slotStart = slotOnNextDay();
    const holders = ['h1', 'h2', 'h3', 'h4', 'h5'];

    const results = await Promise.all(
      holders.map((holderId, i) =>
        (i % 2 === 0 ? instanceA : instanceB).bookings.reserve({ slotStart, capacity: 2, holderId, reference: `ref-${holderId}` }),
      ),
    );

    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(2);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'full' }, { ok: false, reason: 'full' }, { ok: false, reason: 'full' }]);
    expect(new Set(won.map((r) => r.ok && r.reference)).size).toBe(2);
    const counts = await instanceA.bookings.takenCounts(slotStart, slotOnNextDay());
    expect(counts).toEqual(new Map([[slotStart, 2]]));
  });

  it('returns the seat a holder already has instead of taking another', async () => {
    const slotStart = slotOnNextDay();

    const first = await instanceA.bookings.reserve({ slotStart, capacity: 3, holderId: 'h1', reference: 'ref-first' });
    const again = await instanceB.bookings.reserve({ slotStart, capacity: 3, holderId: 'h1', reference: 'ref-retry' });

    expect(first).toEqual({ ok: true, reference: 'ref-first' });
    expect(again).toEqual({ ok: true, reference: 'ref-first' });
    expect((await instanceA.bookings.takenCounts(slotStart, slotOnNextDay())).get(slotStart)).toBe(1);
  });

  it('settles on one seat when the same holder races itself on both instances', async () => {
    const slotStart = slotOnNextDay();

    const results = await Promise.all(
      ['ref-a1', 'ref-b1', 'ref-a2', 'ref-b2'].map((reference, i) =>
        (i % 2 === 0 ? instanceA : instanceB).bookings.reserve({ slotStart, capacity: 4, holderId: 'h1', reference }),
      ),
    );

    const references = new Set(results.map((r) => (r.ok ? r.reference : 'full')));
    expect(references.size).toBe(1);
    expect(references.has('full')).toBe(false);
    expect((await instanceA.bookings.takenCounts(slotStart, slotOnNextDay())).get(slotStart)).toBe(1);
  });

  it('treats the same instant written with different offsets as the same slot', async () => {
    const utc = slotOnNextDay(14);
    const newYork = utc.replace('T14:00:00.000Z', 'T09:00:00-05:00');
    expect(slotKey(newYork)).toBe(utc);

    await instanceA.bookings.reserve({ slotStart: utc, capacity: 1, holderId: 'h1', reference: 'ref-1' });

    await expect(instanceB.bookings.reserve({ slotStart: newYork, capacity: 1, holderId: 'h2', reference: 'ref-2' })).resolves.toEqual({
      ok: false,
      reason: 'full',
    });
  });

  it('counts taken seats per slot in a half-open window', async () => {
    const nine = slotOnNextDay(9);
    const ten = nine.replace('T09:', 'T10:');
    const eleven = nine.replace('T09:', 'T11:');
    const reserve = (slotStart: string, holderId: string) =>
      instanceA.bookings.reserve({ slotStart, capacity: 5, holderId, reference: `ref-${holderId}` });
    await Promise.all([reserve(nine, 'h1'), reserve(nine, 'h2'), reserve(ten, 'h3'), reserve(eleven, 'h4')]);

    await expect(instanceB.bookings.takenCounts(nine, eleven)).resolves.toEqual(
      new Map([
        [nine, 2],
        [ten, 1],
      ]),
    );
    await expect(instanceB.bookings.takenCounts(eleven, eleven)).resolves.toEqual(new Map());
  });

  it('frees a released seat for the next holder', async () => {
    const slotStart = slotOnNextDay();
    await instanceA.bookings.reserve({ slotStart, capacity: 1, holderId: 'h1', reference: 'ref-1' });

    await instanceB.bookings.release('h1', slotStart);
    await instanceB.bookings.release('h1', slotStart); // releasing nothing is fine

    await expect(instanceA.bookings.reserve({ slotStart, capacity: 1, holderId: 'h2', reference: 'ref-2' })).resolves.toEqual({
      ok: true,
      reference: 'ref-2',
    });
  });

  it('reports a zero-capacity slot as full and rejects a malformed slot start', async () => {
    await expect(
      instanceA.bookings.reserve({ slotStart: slotOnNextDay(), capacity: 0, holderId: 'h1', reference: 'ref-1' }),
    ).resolves.toEqual({ ok: false, reason: 'full' });
    await expect(
      instanceA.bookings.reserve({ slotStart: 'next Tuesday', capacity: 1, holderId: 'h1', reference: 'ref-1' }),
    ).rejects.toBeInstanceOf(RangeError);
  });

  it('keeps a seat locked until its slot has started plus the retention period', async () => {
    const slotStart = slotOnNextDay();
    await instanceA.bookings.reserve({ slotStart, capacity: 1, holderId: 'h1', reference: 'ref-1' });

    const raw = rawContainer(server, databaseId, 'bookings');
    try {
      const { resource } = await raw.container.item(`slot:${slotStart}:0`, `slot:${slotStart}:0`).read();
      const secondsUntilSlot = (Date.parse(slotStart) - Date.now()) / 1000;
      expect(resource?.ttl).toBeGreaterThanOrEqual(secondsUntilSlot + testTtlSeconds.bookings);
    } finally {
      raw.dispose();
    }
  });
});
