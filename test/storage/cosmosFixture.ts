import https from 'node:https';
import { CosmosClient, type Container } from '@azure/cosmos';
import { openCosmos, type CosmosStores } from '../../src/storage/cosmosClient';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embeddedCosmos';

export const testTtlSeconds = { conversations: 3600, handoffs: 7200, bookings: 600 };

/** One "server instance": its own client and connection pool against the shared embedded Cosmos. */
export function openTestStores(server: EmbeddedCosmos, databaseId: string): Promise<CosmosStores> {
  return openCosmos({ ...server, databaseId, allowSelfSignedTls: true, ttlSeconds: testTtlSeconds });
}

/**
 * Direct access through the real SDK, for writing documents no store would write (corrupt data)
 * and inspecting what the stores persisted.
 */
export function rawContainer(
  server: EmbeddedCosmos,
  databaseId: string,
  containerId: string,
): { container: Container; dispose(): void } {
  const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
  const client = new CosmosClient({
    endpoint: server.endpoint,
    key: server.key,
    agent,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  return {
    container: client.database(databaseId).container(containerId),
    dispose() {
      client.dispose();
      agent.destroy();
    },
  };
}

/** An embedded Cosmos server and stores for one test file: started before its tests, closed after. */
export function useTestStores(databaseId: string): { readonly server: EmbeddedCosmos; readonly stores: CosmosStores } {
  const fixture = {} as { server: EmbeddedCosmos; stores: CosmosStores };
  beforeAll(async () => {
    fixture.server = await startEmbeddedCosmos();
    fixture.stores = await openTestStores(fixture.server, databaseId);
  });
  afterAll(async () => {
    fixture.stores?.dispose();
    await fixture.server?.close();
  });
  return fixture;
}
