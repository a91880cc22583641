import { openCosmos } from '../../src/storage/cosmosClient';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embeddedCosmos';
import { StorageUnavailableError } from '../../src/storage/storageErrors';
import { openTestStores, rawContainer, testTtlSeconds } from './cosmosFixture';

let server: EmbeddedCosmos;

beforeAll(async () => {
  server = await startEmbeddedCosmos();
});

afterAll(async () => {
  await server?.close();
});

async function containerSettings(databaseId: string, containerId: string) {
  const raw = rawContainer(server, databaseId, containerId);
  try {
    const { resource } = await raw.container.read();
    return { partitionKey: resource?.partitionKey?.paths, defaultTtl: resource?.defaultTtl };
  } finally {
    raw.dispose();
  }
}

describe('openCosmos', () => {
  it('serves the embedded server on an ephemeral loopback HTTPS port', () => {
    expect(server.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(server.endpoint).not.toMatch(/:0$/);
  });

  it('creates the three containers partitioned by id, with retention by TTL, and answers ping', async () => {
    const stores = await openTestStores(server, 'open-spec-fresh');
    try {
      await expect(stores.ping()).resolves.toBeUndefined();
      await expect(containerSettings('open-spec-fresh', 'conversations')).resolves.toEqual({
        partitionKey: ['/id'],
        defaultTtl: testTtlSeconds.conversations,
      });
      await expect(containerSettings('open-spec-fresh', 'handoffs')).resolves.toEqual({
        partitionKey: ['/id'],
        defaultTtl: testTtlSeconds.handoffs,
      });
      await expect(containerSettings('open-spec-fresh', 'bookings')).resolves.toEqual({
        partitionKey: ['/id'],
        defaultTtl: testTtlSeconds.bookings,
      });
    } finally {
      stores.dispose();
    }
  });

  it('lets several instances start at once against the same database', async () => {
    const instances = await Promise.all([1, 2, 3].map(() => openTestStores(server, 'open-spec-together')));
    instances.forEach((stores) => stores.dispose());
  });

  it('applies a changed retention setting to containers that already exist', async () => {
    const base = { ...server, databaseId: 'open-spec-retention', allowSelfSignedTls: true };
    (await openCosmos({ ...base, ttlSeconds: testTtlSeconds })).dispose();

    const longer = { ...testTtlSeconds, handoffs: 90 * 24 * 3600 };
    const stores = await openCosmos({ ...base, ttlSeconds: longer });
    stores.dispose();

    await expect(containerSettings('open-spec-retention', 'handoffs')).resolves.toMatchObject({ defaultTtl: longer.handoffs });
    await expect(containerSettings('open-spec-retention', 'bookings')).resolves.toMatchObject({ defaultTtl: testTtlSeconds.bookings });
  });

  it('refuses a container that is not partitioned by id', async () => {
    const raw = rawContainer(server, 'open-spec-wrong-key', 'conversations');
    try {
      const { database } = await raw.container.database.client.databases.createIfNotExists({ id: 'open-spec-wrong-key' });
      await database.containers.createIfNotExists({ id: 'conversations', partitionKey: { paths: ['/conversationId'] } });
    } finally {
      raw.dispose();
    }

    await expect(openTestStores(server, 'open-spec-wrong-key')).rejects.toThrow(/partitioned by \/conversationId, expected \/id/);
  });

  it('rejects a retention that Cosmos would not accept', async () => {
    await expect(
      openCosmos({ ...server, databaseId: 'open-spec-bad-ttl', allowSelfSignedTls: true, ttlSeconds: { ...testTtlSeconds, bookings: 0 } }),
    ).rejects.toThrow(RangeError);
  });

  it('reports an unreachable server as StorageUnavailableError, when opening and when pinging', async () => {
    const doomed = await startEmbeddedCosmos();
    const stores = await openTestStores(doomed, 'open-spec-doomed');
    await doomed.close();

    try {
      const pingError = await stores.ping().catch((e: unknown) => e);
      expect(pingError).toBeInstanceOf(StorageUnavailableError);
      expect(pingError).toMatchObject({ code: 'STORAGE_UNAVAILABLE', reason: 'ECONNREFUSED' });
      await expect(stores.conversations.load('conv-any')).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(openTestStores(doomed, 'open-spec-doomed')).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      stores.dispose();
    }
  });
});
