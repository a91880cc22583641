import { randomUUID } from 'node:crypto';
import type { ConversationRecord } from '../../src/storage/conversationStore';
import { EtagConflictError, StoredDataInvalidError } from '../../src/storage/storageErrors';
import { openTestStores, rawContainer, useTestStores } from './cosmosFixture';

const databaseId = 'conversation-store-spec';
const fixture = useTestStores(databaseId);

function conversation(overrides: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id: `conv-${randomUUID()}`,
    machineVersion: 3,
    snapshot: { status: 'active', value: { intake: 'askAge' }, context: { answers: { age: 34 } } },
    transcript: [
      { from: 'bot', text: 'How old are you?', at: '2025-03-01T14:00:00.000Z' },
      { from: 'user', text: '34', at: '2025-03-01T14:00:05.000Z' },
    ],
    updatedAt: '2025-03-01T14:00:05.000Z',
    ...overrides,
  };
}

describe('conversation store', () => {
  it('loads nothing for a conversation it has never seen', async () => {
    await expect(fixture.stores.conversations.load('conv-unknown')).resolves.toBeUndefined();
  });

  it('saves a new conversation and loads it back exactly, without Cosmos system fields', async () => {
    const record = conversation();

    const etag = await fixture.stores.conversations.save(record, undefined);
    const loaded = await fixture.stores.conversations.load(record.id);

    expect(loaded).toEqual({ record, etag });
    expect(Object.keys(loaded!.record).sort()).toEqual(['id', 'machineVersion', 'snapshot', 'transcript', 'updatedAt']);
  });

  it('replaces a conversation with the current etag and rejects a stale etag', async () => {
    const first = conversation();
    const etag1 = await fixture.stores.conversations.save(first, undefined);

    const second = { ...first, machineVersion: 4, updatedAt: '2025-03-01T14:01:00.000Z' };
    const etag2 = await fixture.stores.conversations.save(second, etag1);
    expect(etag2).not.toBe(etag1);

    const fromStaleReader = { ...first, updatedAt: '2025-03-01T14:02:00.000Z' };
    await expect(fixture.stores.conversations.save(fromStaleReader, etag1)).rejects.toBeInstanceOf(EtagConflictError);
    await expect(fixture.stores.conversations.load(first.id)).resolves.toEqual({ record: second, etag: etag2 });
  });

  it('rejects creating a conversation that already exists', async () => {
    const record = conversation();
    await fixture.stores.conversations.save(record, undefined);

    const error = await fixture.stores.conversations.save(record, undefined).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(EtagConflictError);
    expect(error).toMatchObject({ code: 'ETAG_CONFLICT', id: record.id });
  });

  it('rejects replacing a conversation that was deleted since it was read', async () => {
    const record = conversation();
    const etag = await fixture.stores.conversations.save(record, undefined);
    await fixture.stores.conversations.delete(record.id);

    await expect(fixture.stores.conversations.save(record, etag)).rejects.toBeInstanceOf(EtagConflictError);
  });

  it('sees writes from another fixture.server instance and rejects that instance’s stale etag', async () => {
    const other = await openTestStores(fixture.server, databaseId);
    try {
      const record = conversation();
      const etag = await fixture.stores.conversations.save(record, undefined);
      const seenByOther = await other.conversations.load(record.id);
      expect(seenByOther?.etag).toBe(etag);

      await fixture.stores.conversations.save({ ...record, machineVersion: 5 }, etag);
      await expect(other.conversations.save({ ...record, machineVersion: 6 }, seenByOther!.etag)).rejects.toBeInstanceOf(
        EtagConflictError,
      );
    } finally {
      other.dispose();
    }
  });

  it('deletes a conversation on request, and deleting an absent one is fine', async () => {
    const record = conversation();
    await fixture.stores.conversations.save(record, undefined);

    await fixture.stores.conversations.delete(record.id);
    await expect(fixture.stores.conversations.load(record.id)).resolves.toBeUndefined();
    await expect(fixture.stores.conversations.delete(record.id)).resolves.toBeUndefined();
  });

  it('reports a corrupt stored document as StoredDataInvalidError without echoing its contents', async () => {
    const raw = rawContainer(fixture.server, databaseId, 'conversations');
    try {
      await raw.container.items.create({
        id: 'conv-corrupt',
        machineVersion: 'three',
        snapshot: {},
        transcript: [{ from: 'user', text: 'call me at +1 555 867 5309, I am Jordan', at: 'yesterday' }],
        updatedAt: '2025-03-01T14:00:00.000Z',
      });
    } finally {
      raw.dispose();
    }

    const error = await fixture.stores.conversations.load('conv-corrupt').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoredDataInvalidError);
    const invalid = error as StoredDataInvalidError;
    expect(invalid).toMatchObject({ code: 'STORED_DATA_INVALID', container: 'conversations', id: 'conv-corrupt' });
    expect(invalid.issues).toEqual(expect.arrayContaining(['machineVersion: invalid_type', 'transcript.0.at: invalid_format']));
    expect(invalid.message).not.toMatch(/867|Jordan|three|yesterday/);
  });
});
