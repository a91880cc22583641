import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';

export interface EmbeddedCosmos {
  endpoint: string;
  key: string;
  close(): Promise<void>;
}

// The Azure Cosmos DB Emulator's published key. cosmosdb-server does not check keys; a real-looking
// one keeps the SDK's request signing on its normal path.
const emulatorKey = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

/**
 * Starts an in-memory Cosmos DB protocol server over HTTPS (self-signed certificate) on loopback.
 * Data lives only as long as the process; TTL is accepted but never enforced.
 */
export async function startEmbeddedCosmos(opts: { port?: number; host?: string } = {}): Promise<EmbeddedCosmos> {
  // keepAlive: without it the server answers every request with "Connection: close", forcing a
  // fresh TLS handshake per call (about 3x slower).
  const server = createHttpsServer({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { address, family, port } = server.address() as AddressInfo;
  const host = family === 'IPv6' ? `[${address}]` : address;
  return {
    endpoint: `https://${host}:${port}`,
    key: emulatorKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Kept-alive client sockets would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
