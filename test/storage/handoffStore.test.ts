import { randomUUID } from 'node:crypto';
import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import { StoredDataInvalidError } from '../../src/storage/storageErrors';
import { rawContainer, useTestStores } from './cosmosFixture';

const databaseId = 'handoff-store-spec';
const fixture = useTestStores(databaseId);

function handoff(overrides: Partial<HandoffRecord> = {}): HandoffRecord {
  return {
    id: `handoff-${randomUUID()}`,
    conversationId: `conv-${randomUUID()}`,
    channelId: 'webchat',
    route: 'assessment',
    priority: 'routine',
    ruleIds: ['R-ASSESS-1'],
    crisisLanguage: [],
    subject: 'self',
    locale: 'en',
    answers: { age: 34, substances: ['alcohol'] },
    contact: { firstName: 'Sam', phoneE164: '+15558675309', textOk: true, wantsCall: true },
    booking: { kind: 'slot', slotStart: '2025-03-03T09:00:00-05:00', timeZone: 'America/New_York', reference: 'BK-7Q2' },
    createdAt: '2025-03-01T14:00:00.000Z',
    updatedAt: '2025-03-01T14:00:00.000Z',
    transcript: [{ from: 'user', text: 'I need help', at: '2025-03-01T13:59:00.000Z' }],
    ...overrides,
  };
}

describe('handoff store', () => {
  it('upserts a handoff and gets it back exactly', async () => {
    const record = handoff();

    await fixture.stores.handoffs.upsert(record);

    await expect(fixture.stores.handoffs.get(record.id)).resolves.toEqual(record);
  });

  it('upserting the same id again replaces the handoff', async () => {
    const record = handoff();
    await fixture.stores.handoffs.upsert(record);

    const updated = { ...record, priority: 'urgent' as const, updatedAt: '2025-03-01T14:05:00.000Z' };
    await fixture.stores.handoffs.upsert(updated);

    await expect(fixture.stores.handoffs.get(record.id)).resolves.toEqual(updated);
  });

  it('gets nothing for an unknown id', async () => {
    await expect(fixture.stores.handoffs.get('handoff-unknown')).resolves.toBeUndefined();
  });

  it('lists newest first, filtered by conversation, honouring the limit', async () => {
    const conversationId = `conv-${randomUUID()}`;
    const at = (minute: number): string => `2030-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
    const middle = handoff({ conversationId, createdAt: at(20) });
    const oldest = handoff({ conversationId, createdAt: at(10) });
    const newest = handoff({ conversationId, createdAt: at(30) });
    const elsewhere = handoff({ createdAt: at(40) });
    for (const record of [middle, oldest, newest, elsewhere]) await fixture.stores.handoffs.upsert(record);

    await expect(fixture.stores.handoffs.list({ conversationId })).resolves.toEqual([newest, middle, oldest]);
    await expect(fixture.stores.handoffs.list({ conversationId, limit: 2 })).resolves.toEqual([newest, middle]);

    const everything = await fixture.stores.handoffs.list({});
    expect(everything[0]).toEqual(elsewhere);
    const times = everything.map((h) => h.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('caps the list at 200 and never asks for fewer than one', async () => {
    const conversationId = `conv-${randomUUID()}`;
    const records = Array.from({ length: 205 }, (_, i) =>
      handoff({ conversationId, createdAt: new Date(Date.UTC(2031, 0, 1, 0, i)).toISOString() }),
    );
    await Promise.all(records.map((r) => fixture.stores.handoffs.upsert(r)));

    await expect(fixture.stores.handoffs.list({ conversationId, limit: 1000 })).resolves.toHaveLength(200);
    await expect(fixture.stores.handoffs.list({ conversationId })).resolves.toHaveLength(50);
    await expect(fixture.stores.handoffs.list({ conversationId, limit: 0 })).resolves.toHaveLength(1);
  });

  it('reports a corrupt stored handoff as StoredDataInvalidError, in get and in list', async () => {
    const conversationId = `conv-${randomUUID()}`;
    const raw = rawContainer(fixture.server, databaseId, 'handoffs');
    try {
      await raw.container.items.create({
        ...handoff({ id: 'handoff-corrupt', conversationId }),
        route: 'somewhere-else',
        contact: { phoneE164: 5558675309 },
      });
    } finally {
      raw.dispose();
    }

    const error = await fixture.stores.handoffs.get('handoff-corrupt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoredDataInvalidError);
    expect((error as StoredDataInvalidError).issues).toEqual(['route: invalid_value', 'contact.phoneE164: invalid_type']);
    expect((error as Error).message).not.toMatch(/5558675309|somewhere/);

    await expect(fixture.stores.handoffs.list({ conversationId })).rejects.toBeInstanceOf(StoredDataInvalidError);
  });
});
