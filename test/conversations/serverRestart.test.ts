import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embeddedCosmos';
import { conversationWith, lastOf, startBot } from '../support/botHarness';
import { en } from '../support/contentText';

let cosmos: EmbeddedCosmos;
beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
});
afterAll(() => cosmos.close());

it('a conversation survives a restart of the server between two turns', async () => {
  const shared = { endpoint: cosmos.endpoint, key: cosmos.key, allowSelfSignedTls: true };
  const first = await startBot({ cosmos: shared });
  const before = conversationWith(first, { conversationId: 'restart-me' });
  await before.start();
  await before.say('see if it fits');
  expect(lastOf(await before.say('me')).text).toContain('chest pain');
  await first.close();

  const second = await startBot({ cosmos: shared });
  const after = conversationWith(second, { conversationId: 'restart-me' });
  const next = await after.say('no');
  expect(lastOf(next).text).toContain(en('q.Q1.self'));
  await second.close();
});
