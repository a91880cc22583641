import { conversationKeyer } from '../../src/privacy/conversationKey';

const conversationKey = conversationKeyer('opt-out-store-test-secret-0123456789');
import { startEmbeddedCosmos } from '../../src/storage/embeddedCosmos';
import { StorageUnavailableError, StoredDataInvalidError } from '../../src/storage/storageErrors';
import { openTestStores, rawContainer, useTestStores } from './cosmosFixture';

const databaseId = 'opt-out-store-spec';
const fixture = useTestStores(databaseId);

const phone = '+16175550123';
const key = () => conversationKey('sms', `${phone}-${Math.random()}`);

describe('SMS opt-out store', () => {
  it('knows nothing of a number that never texted STOP', async () => {
    await expect(fixture.stores.optOuts.isOptedOut(key())).resolves.toBe(false);
  });

  it('remembers STOP until START, and STOP twice is still one opt-out', async () => {
    const id = key();
    await fixture.stores.optOuts.optOut(id, '2026-11-23T14:00:00.000Z');
    await fixture.stores.optOuts.optOut(id, '2026-11-23T14:05:00.000Z');
    await expect(fixture.stores.optOuts.isOptedOut(id)).resolves.toBe(true);
    await fixture.stores.optOuts.optIn(id);
    await expect(fixture.stores.optOuts.isOptedOut(id)).resolves.toBe(false);
    await expect(fixture.stores.optOuts.optIn(id)).resolves.toBeUndefined();
  });

  it('is shared by every instance: another client sees the opt-out at once', async () => {
    const id = key();
    const other = await openTestStores(fixture.server, databaseId);
    try {
      await fixture.stores.optOuts.optOut(id, '2026-11-23T14:00:00.000Z');
      await expect(other.optOuts.isOptedOut(id)).resolves.toBe(true);
    } finally {
      other.dispose();
    }
  });

  it('fixture.stores only the opaque key and a time: never the phone number', async () => {
    const id = conversationKey('sms', phone);
    await fixture.stores.optOuts.optOut(id, '2026-11-23T14:00:00.000Z');
    const raw = rawContainer(fixture.server, databaseId, 'optouts');
    try {
      const { resource } = await raw.container.item(id, id).read();
      expect(resource).toMatchObject({ id, optedOutAt: '2026-11-23T14:00:00.000Z' });
      expect(JSON.stringify(resource)).not.toContain('6175550123');
    } finally {
      raw.dispose();
    }
  });

  it('keeps opt-outs without expiry: TTL is on (-1) so a retention policy could set one per item', async () => {
    const raw = rawContainer(fixture.server, databaseId, 'optouts');
    try {
      const { resource } = await raw.container.read();
      expect(resource?.defaultTtl).toBe(-1);
      expect(resource?.partitionKey?.paths).toEqual(['/id']);
    } finally {
      raw.dispose();
    }
  });

  it('fails loudly on a corrupt record rather than silently texting someone who opted out', async () => {
    const id = key();
    const raw = rawContainer(fixture.server, databaseId, 'optouts');
    try {
      await raw.container.items.upsert({ id, optedOutAt: 42 });
    } finally {
      raw.dispose();
    }
    await expect(fixture.stores.optOuts.isOptedOut(id)).rejects.toBeInstanceOf(StoredDataInvalidError);
  });

  it('reports an unreachable fixture.server as StorageUnavailableError', async () => {
    const doomed = await startEmbeddedCosmos();
    const lost = await openTestStores(doomed, 'opt-out-doomed');
    await doomed.close();
    try {
      await expect(lost.optOuts.isOptedOut(key())).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(lost.optOuts.optOut(key(), '2026-11-23T14:00:00.000Z')).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      lost.dispose();
    }
  });
});
