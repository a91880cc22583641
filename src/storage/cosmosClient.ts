import https from 'node:https';
import { CosmosClient, type Container, type Database } from '@azure/cosmos';
import { cosmosBookingStore, type BookingStore } from './bookingStore';
import { cosmosConversationStore, type ConversationStore } from './conversationStore';
import { cosmosStatus, unavailable } from './cosmosFailure';
import { cosmosHandoffStore, type HandoffStore } from './handoffStore';
import { cosmosOptOutStore, type OptOutStore } from './optOutStore';
import { StorageUnavailableError } from './storageErrors';

export interface OpenCosmosOptions {
  endpoint: string;
  key: string;
  databaseId: string;
  /** Only for the local embedded server, whose certificate is self-signed. */
  allowSelfSignedTls: boolean;
  /** Retention per container, in seconds (-1 = never expire). Bookings count from the slot start. */
  ttlSeconds: { conversations: number; handoffs: number; bookings: number };
}

export interface CosmosStores {
  conversations: ConversationStore;
  handoffs: HandoffStore;
  bookings: BookingStore;
  optOuts: OptOutStore;
  /** Resolves when the database answers; rejects with StorageUnavailableError otherwise. */
  ping(): Promise<void>;
  dispose(): void;
}

/**
 * SMS opt-outs never expire: a STOP holds until the person texts START (CTIA; FCC revocation
 * rule). -1 turns TTL on without an expiry, so a later retention policy can set a per-item ttl.
 * The documents hold only an opaque key and a timestamp.
 */
const optOutTtlSeconds = -1;

export async function openCosmos(opts: OpenCosmosOptions): Promise<CosmosStores> {
  for (const [container, ttl] of Object.entries(opts.ttlSeconds)) {
    if (!Number.isInteger(ttl) || (ttl < 1 && ttl !== -1)) {
      throw new RangeError(`ttlSeconds.${container} must be a positive integer or -1`);
    }
  }

  // A self-signed certificate means the local embedded server: it has no regions to discover, and
  // keep-alive matters because it otherwise closes the TLS connection after every request.
  const agent = opts.allowSelfSignedTls ? new https.Agent({ rejectUnauthorized: false, keepAlive: true }) : undefined;
  const client = new CosmosClient({
    endpoint: opts.endpoint,
    key: opts.key,
    ...(agent ? { agent, connectionPolicy: { enableEndpointDiscovery: false } } : {}),
  });
  const dispose = (): void => {
    client.dispose();
    agent?.destroy();
  };

  try {
    const database = await ensureDatabase(client, opts.databaseId);
    const [conversations, handoffs, bookings, optOuts] = await Promise.all([
      ensureContainer(database, 'conversations', opts.ttlSeconds.conversations),
      ensureContainer(database, 'handoffs', opts.ttlSeconds.handoffs),
      ensureContainer(database, 'bookings', opts.ttlSeconds.bookings),
      ensureContainer(database, 'optouts', optOutTtlSeconds),
    ]);
    return {
      conversations: cosmosConversationStore(conversations),
      handoffs: cosmosHandoffStore(handoffs),
      bookings: cosmosBookingStore(bookings, { retentionSeconds: opts.ttlSeconds.bookings }),
      optOuts: cosmosOptOutStore(optOuts),
      ping: () => ping(database),
      dispose,
    };
  } catch (err) {
    dispose();
    throw err;
  }
}

async function ping(database: Database): Promise<void> {
  let status: number;
  try {
    ({ statusCode: status } = await database.read());
  } catch (err) {
    throw unavailable('ping', err);
  }
  if (status >= 400) throw new StorageUnavailableError('ping', status);
}

async function ensureDatabase(client: CosmosClient, id: string): Promise<Database> {
  try {
    const { database } = await retryOnCreateRace(() => client.databases.createIfNotExists({ id }));
    return database;
  } catch (err) {
    throw unavailable('open database', err);
  }
}

async function ensureContainer(database: Database, id: string, defaultTtl: number): Promise<Container> {
  let container: Container;
  let definition: { partitionKey?: { paths?: string[] }; defaultTtl?: number } | undefined;
  try {
    ({ container, resource: definition } = await retryOnCreateRace(() =>
      database.containers.createIfNotExists({ id, partitionKey: { paths: ['/id'] }, defaultTtl }),
    ));
  } catch (err) {
    throw unavailable(`open ${id}`, err);
  }
  // Every store reads by (id, id); a container keyed differently would silently miss every document.
  const paths = definition?.partitionKey?.paths ?? [];
  if (paths.length !== 1 || paths[0] !== '/id') {
    throw new Error(`Cosmos container ${id} is partitioned by ${paths.join(',') || 'nothing'}, expected /id`);
  }
  // createIfNotExists leaves an existing container alone; a changed retention setting must still apply.
  if (definition !== undefined && definition.defaultTtl !== defaultTtl) {
    try {
      const { resource } = await container.read();
      if (resource) await container.replace({ ...resource, defaultTtl });
    } catch (err) {
      throw unavailable(`set retention on ${id}`, err);
    }
  }
  return container;
}

/** Two instances starting together can both see "absent" and both create; the loser just reads. */
async function retryOnCreateRace<T>(create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (err) {
    if (cosmosStatus(err) !== 409) throw err;
    return create();
  }
}
