import { CosmosClient } from '@azure/cosmos';
import { Agent } from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embeddedCosmos';
import { allText, conversationWith, lastOf, startBot, type Harness } from '../support/botHarness';
import { en } from '../support/contentText';

/**
 * Crisis language must get help even when everything around it fails. Each failure here is
 * real: a stopped Cosmos server, a network that stalls, a container deleted under the bot.
 */
const crisisText = 'i want to kill myself';

function expectCrisisHelp(replies: Awaited<ReturnType<ReturnType<typeof conversationWith>['say']>>) {
  const text = allText(replies);
  expect(text).toContain(en('crisis.ack.suicide'));
  expect(text).toContain('988');
  expect(text).toContain('911');
}

function expectApology(replies: Awaited<ReturnType<ReturnType<typeof conversationWith>['say']>>) {
  const text = allText(replies);
  expect(text).toContain(en('fallback.storageDown'));
  expect(text).toContain('988');
}

/** A TCP relay in front of Cosmos that can be told to hold every byte for a while. */
async function startStallingRelay(target: URL) {
  let stallMs = 0;
  const sockets = new Set<net.Socket>();
  const held = new Set<NodeJS.Timeout>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    const relay = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk) => {
        if (!stallMs) return void to.write(chunk);
        const timer = setTimeout(() => {
          held.delete(timer);
          if (to.writable) to.write(chunk);
        }, stallMs);
        held.add(timer);
      });
    relay(client, upstream);
    relay(upstream, client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    stall: (ms: number) => (stallMs = ms),
    close: async () => {
      held.forEach(clearTimeout);
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('when Cosmos DB is unreachable', () => {
  let cosmos: EmbeddedCosmos;
  let h: Harness;
  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    h = await startBot({ cosmos: { endpoint: cosmos.endpoint, key: cosmos.key, allowSelfSignedTls: true }, env: { STORAGE_TIMEOUT_MS: '1500' } });
  });
  afterAll(() => h.close());

  it('crisis language still gets the resources, and anything else a short apology with our number and 988', async () => {
    const c = conversationWith(h);
    await c.start();
    await cosmos.close();
    expectCrisisHelp(await c.say(crisisText));
    expectApology(await c.say('see if it fits'));
  });
});

describe('when Cosmos DB is slow (over the storage timeout)', () => {
  let cosmos: EmbeddedCosmos;
  let relay: Awaited<ReturnType<typeof startStallingRelay>>;
  let h: Harness;
  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    relay = await startStallingRelay(new URL(cosmos.endpoint));
    h = await startBot({ cosmos: { endpoint: relay.endpoint, key: cosmos.key, allowSelfSignedTls: true }, env: { STORAGE_TIMEOUT_MS: '500' } });
  });
  afterAll(async () => {
    relay.stall(0);
    await h.close();
    await relay.close();
    await cosmos.close();
  });

  it('does not keep a person in crisis waiting: resources come back without storage', async () => {
    const c = conversationWith(h);
    await c.start();
    // Storage now answers after a minute, longer than this test may run: a reply proves we did not wait.
    relay.stall(60_000);
    expectCrisisHelp(await c.say(crisisText));
    expectApology(await c.say('no'));
  });
});

describe('when Cosmos DB throws', () => {
  let cosmos: EmbeddedCosmos;
  let h: Harness;
  beforeAll(async () => {
    cosmos = await startEmbeddedCosmos();
    h = await startBot({ cosmos: { endpoint: cosmos.endpoint, key: cosmos.key, allowSelfSignedTls: true } });
  });
  afterAll(async () => {
    await h.close();
    await cosmos.close();
  });

  it('a deleted container still leaves crisis help and the apology working', async () => {
    const c = conversationWith(h);
    await c.start();
    const client = new CosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key, agent: new Agent({ rejectUnauthorized: false }), connectionPolicy: { enableEndpointDiscovery: false } });
    await client.database('iop-intake').container('conversations').delete();
    expectCrisisHelp(await c.say(crisisText));
    expectApology(await c.say('hello'));
  });

  it('a corrupt stored conversation starts over instead of failing every turn', async () => {
    const fresh = await startEmbeddedCosmos();
    const bot = await startBot({ cosmos: { endpoint: fresh.endpoint, key: fresh.key, allowSelfSignedTls: true } });
    try {
      const c = conversationWith(bot);
      await c.start();
      const client = new CosmosClient({ endpoint: fresh.endpoint, key: fresh.key, agent: new Agent({ rejectUnauthorized: false }), connectionPolicy: { enableEndpointDiscovery: false } });
      const container = client.database('iop-intake').container('conversations');
      const { resources } = await container.items.readAll().fetchAll();
      await container.items.upsert({ id: resources[0]!.id, machineVersion: 'garbage' });
      const replies = await c.say('hello');
      expect(lastOf(replies).text).toBe(en('welcome.prompt'));
    } finally {
      await bot.close();
      await fresh.close();
    }
  });
});
