import { machineVersion } from '../../machines/intake/intakeMachine';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/storage/embeddedCosmos';
import { conversationWith, lastOf, startBot } from '../support/botHarness';
import { en } from '../support/contentText';
import { answerScreening } from '../support/intakeScript';

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

it('a snapshot stored by an older machine version starts over with a welcome instead of failing', async () => {
  const bot = await startBot({ cosmos: { endpoint: cosmos.endpoint, key: cosmos.key, allowSelfSignedTls: true } });
  try {
    const c = conversationWith(bot, { conversationId: 'from-version-0' });
    await bot.app.stores.conversations.save(
      {
        id: bot.app.conversationKey(c.channelId, c.conversationId),
        machineVersion: machineVersion - 1,
        snapshot: { status: 'active', value: { oldFlow: 'askName' }, context: { legacy: true } },
        transcript: [],
        updatedAt: new Date().toISOString(),
      },
      undefined,
    );
    const replies = await c.say('hello');
    expect(lastOf(replies).text).toBe(en('welcome.prompt'));
    expect(lastOf(await c.say('see if it fits')).text).toBe(en('forWhom.prompt'));
  } finally {
    await bot.close();
  }
});

it('starting over without the snapshot keeps the crisis lock and never overwrites the crisis handoff', async () => {
  const bot = await startBot({ cosmos: { endpoint: cosmos.endpoint, key: cosmos.key, allowSelfSignedTls: true } });
  try {
    const c = conversationWith(bot, { conversationId: 'crisis-then-lost-snapshot' });
    await c.start();
    await c.say('see if it fits');
    await c.say('me');
    await answerScreening(c, { q1: 'yes', q2: 'yes', q3: 'yes', q4: 'yes' });
    const key = bot.app.conversationKey(c.channelId, c.conversationId);
    const stored = await bot.app.stores.conversations.load(key);
    await bot.app.stores.conversations.save({ ...stored!.record, machineVersion: machineVersion + 1 }, stored!.etag);

    await c.say('hello');
    await c.say('see if it fits');
    await c.say('me');
    const end = await answerScreening(c);
    expect(lastOf(end).text).toBe(en('callbackOffer.prompt'));
    const handoffs = await bot.app.stores.handoffs.list({ conversationId: key });
    expect(handoffs.map((h) => h.route).sort()).toEqual(['assessment', 'crisis']);
  } finally {
    await bot.close();
  }
});
