import { questionIds } from '../../../machines/routing/answers';
import { countSmsSegments } from '../../../src/channels/sms/smsSegments';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../src/storage/embeddedCosmos';
import { allText, conversationWith, lastOf, startBot, type Conversation, type Harness, type Reply } from '../../support/botHarness';
import { catalog, choice, en, es, mondayMorning, profile } from '../../support/contentText';
import { formatPhone } from '../../../src/rendering/textParams';

/**
 * A person texting the program's number: plain text only, choices by number or by words,
 * and the carrier keywords (STOP, START, HELP) honoured at any point, over real HTTP.
 */
let cosmos: EmbeddedCosmos;
let h: Harness;
beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  h = await startBot({ now: mondayMorning, cosmos: { endpoint: cosmos.endpoint, key: cosmos.key, allowSelfSignedTls: true } });
});
afterAll(async () => {
  await h.close();
  await cosmos.close();
});

let phones = 0;
/** Each test texts from its own number; Azure's SMS channel uses the number pair as the conversation id. */
const textFrom = (bot: Harness = h, locale = 'en-US') =>
  conversationWith(bot, { channelId: 'sms', locale, conversationId: `+1617555${String(1000 + ++phones)}` });

const crisisText = 'i want to kill myself';

/** The number a choice has in the numbered list the person was sent. */
function numberOf(replies: Reply[], label: string): string {
  const line = allText(replies)
    .split('\n')
    .map((l) => /^(\d+)\. (.+)$/.exec(l))
    .find((m) => m?.[2] === label);
  if (!line?.[1]) throw new Error(`"${label}" is not among the numbered choices:\n${allText(replies)}`);
  return line[1];
}

function expectPlainSms(replies: Reply[]): void {
  for (const r of replies) {
    expect(r.raw.textFormat).toBe('plain');
    expect(r.raw.attachments).toBeUndefined();
    expect(r.raw.suggestedActions).toBeUndefined();
    expect(r.text.trim()).not.toBe('');
    expect(countSmsSegments(r.text).segments).toBeLessThanOrEqual(3);
    expect(r.text).not.toMatch(/\*\*|\]\(/);
  }
}

/** The screening question a batch of replies ends on, recognised by its English wording. */
function questionAsked(replies: Reply[]): string | undefined {
  const text = allText(replies);
  return [...questionIds, 'substances', 'age'].find((q) => text.includes(en(`q.${q}.self`, { selected: '' }).split('\n')[0] ?? '\u0000'));
}

describe('an intake by text message', () => {
  it('goes from a first "hi" to a booked call, answering by numbers and by words', async () => {
    const c = textFrom();
    const welcome = await c.say('hi');
    expectPlainSms(welcome);
    expect(allText(welcome)).toContain(en('welcome.prompt'));
    expect(allText(welcome)).toContain(`${catalog.file('en').format.numberedReply}\n1. ${choice('learn')}\n2. ${choice('checkFit')}`);

    const forWhom = await c.say(numberOf(welcome, choice('checkFit')));
    expect(lastOf(forWhom).text).toContain(en('forWhom.prompt'));
    let replies = await c.say('for me');
    expect(allText(replies)).toContain(en('screening.intro'));

    // Alternate: the number of the answer, then the answer in words.
    const answers: Record<string, string> = { 'FLAG-HOME': choice('yes'), age: '34' };
    const asked: string[] = [];
    for (let turn = 0, byNumber = true; turn < 40; turn++, byNumber = !byNumber) {
      expectPlainSms(replies);
      const q = questionAsked(replies);
      if (!q) break;
      asked.push(q);
      if (q === 'substances') {
        replies = allText(replies).includes(en('substances.sofar', { selected: catalog.file('en').substances.alcohol ?? '' }))
          ? await c.say(numberOf(replies, choice('done')))
          : await c.say('mostly drinking');
        continue;
      }
      const answer = answers[q] ?? choice('no');
      replies = await c.say(q === 'age' || !byNumber ? answer.toLowerCase() : numberOf(replies, answer));
    }
    expect(asked).toEqual(expect.arrayContaining(['MED-E1', 'Q1', 'Q2', 'Q6', 'substances', 'WD-3a', 'FLAG-HOME', 'age']));
    expect(asked.filter((q) => q === 'substances')).toHaveLength(2);
    expect(allText(replies)).toContain(en('route.assessment'));
    expect(lastOf(replies).text).toContain(en('firstName.prompt'));

    expect(lastOf(await c.say('Ana')).text).toContain(en('phone.prompt'));
    const textOk = await c.say('617 555 0123');
    expect(lastOf(textOk).text).toContain(en('textOk.prompt'));
    const voicemail = await c.say(numberOf(textOk, choice('yes')));
    expect(lastOf(voicemail).text).toContain(en('voicemail.prompt'));
    const slots = await c.say('no');
    expect(allText(slots)).toContain(en('slot.prompt'));
    expect(allText(slots)).toMatch(/\n1\. Mon, Nov 23, 10:00\sAM\n/);

    const confirm = await c.say('1');
    expect(allText(confirm)).toContain('Ana');
    const booked = await c.say(numberOf(confirm, choice('confirm')));
    expectPlainSms(booked);
    expect(allText(booked)).toMatch(/reference code is [A-Z0-9]{6}/);
    expect(allText(booked)).toContain(en('finished.prompt'));
  });

  it('welcomes a Spanish speaker in Spanish, each message within three segments though every á makes it UCS-2', async () => {
    const c = textFrom(h, 'es-US');
    const welcome = await c.say('hola');
    expectPlainSms(welcome);
    expect(welcome.length).toBeGreaterThan(2);
    expect(allText(welcome)).toContain(es('welcome.prompt'));
    expect(allText(welcome)).toContain(`1. ${choice('learn', 'es')}`);
  });
});

describe('carrier keywords on SMS', () => {
  async function midIntake(): Promise<Conversation> {
    const c = textFrom();
    await c.say('hi');
    await c.say('2');
    return c;
  }

  it('STOP mid-intake sends exactly one confirmation, then nothing more', async () => {
    const c = await midIntake();
    const stop = await c.say('STOP');
    expect(stop.map((r) => r.text)).toEqual([en('sms.optOut')]);
    expect(await c.say('for me')).toEqual([]);
    expect(await c.say('hello?')).toEqual([]);
    expect(await c.say('2')).toEqual([]);
  });

  it.each(['stopall', 'Unsubscribe', 'cancel', 'END', 'quit', 'revoke', 'optout', 'Stop.'])('%s opts out as STOP does', async (keyword) => {
    const c = await midIntake();
    expect((await c.say(keyword)).map((r) => r.text)).toEqual([en('sms.optOut')]);
    expect(await c.say('for me')).toEqual([]);
  });

  it('crisis language from an opted-out number still gets the acknowledgement and 988, and nothing else', async () => {
    const c = await midIntake();
    await c.say('STOP');
    const help = await c.say(crisisText);
    expect(allText(help)).toContain(en('crisis.ack.suicide'));
    expect(allText(help)).toContain('988');
    expect(allText(help)).not.toContain(en('crisisConfirm.suicide'));
    expect(help.every((r) => r.raw.inputHint !== 'expectingInput')).toBe(true);
    expectPlainSms(help);
    expect(await c.say('for me')).toEqual([]);
  });

  it('START opts back in with a confirmation and picks the intake up where it was', async () => {
    const c = await midIntake();
    await c.say('STOP');
    expect(await c.say('for me')).toEqual([]);
    const start = await c.say('START');
    expect(start[0]?.text).toBe(en('sms.optIn'));
    expect(lastOf(start).text).toContain(en('forWhom.prompt'));
    expect(allText(await c.say('for me'))).toContain(en('screening.intro'));
  });

  it('UNSTOP opts back in too', async () => {
    const c = await midIntake();
    await c.say('stop');
    expect((await c.say('unstop'))[0]?.text).toBe(en('sms.optIn'));
  });

  it('HELP answers with the program, its number, how to opt out and the rates notice, and leaves the intake where it was', async () => {
    const c = await midIntake();
    const help = await c.say('HELP');
    expect(help.map((r) => r.text)).toEqual([en('sms.help')]);
    const text = help[0]?.text ?? '';
    expect(text).toContain(profile.name);
    expect(text).toContain(formatPhone(profile.phone));
    expect(text).toMatch(/\bSTOP\b/);
    expect(text).toMatch(/Msg & data rates may apply/);
    expect(countSmsSegments(text).segments).toBeLessThanOrEqual(3);
    expect(lastOf(await c.say('for me')).text).toContain(en('q.MED-E1.self').slice(0, 40));
  });

  it('HELP is answered even after STOP, as carriers require', async () => {
    const c = await midIntake();
    await c.say('STOP');
    expect((await c.say('info')).map((r) => r.text)).toEqual([en('sms.help')]);
    expect(await c.say('hi')).toEqual([]);
  });

  it('answers in the language of the conversation: a Spanish texter gets the Spanish confirmation', async () => {
    const c = textFrom(h, 'es-US');
    await c.say('hola');
    expect((await c.say('STOP')).map((r) => r.text)).toEqual([es('sms.optOut')]);
  });

  it('"help" in a sentence, or "stop" in an answer, is the intake\'s business, not a keyword', async () => {
    const c = await midIntake();
    expect(allText(await c.say('can you help me'))).not.toContain(en('sms.help'));
    expect(allText(await c.say("please don't stop"))).not.toContain(en('sms.optOut'));
  });

  it('the opt-out outlives a restart of the server, and holds on another instance', async () => {
    const shared = { endpoint: cosmos.endpoint, key: cosmos.key, allowSelfSignedTls: true };
    const number = 'sms-restart-me';
    const first = await startBot({ cosmos: shared });
    await conversationWith(first, { channelId: 'sms', conversationId: number }).say('hi');
    await conversationWith(first, { channelId: 'sms', conversationId: number }).say('STOP');
    await first.close();

    const second = await startBot({ cosmos: shared });
    try {
      const again = conversationWith(second, { channelId: 'sms', conversationId: number });
      expect(await again.say('hi')).toEqual([]);
      expect(allText(await again.say(crisisText))).toContain('988');
    } finally {
      await second.close();
    }
  });

  it('buttons channels are not affected: "stop" in Web Chat is an ordinary reply', async () => {
    const c = conversationWith(h, { channelId: 'webchat' });
    await c.start();
    expect(allText(await c.say('stop'))).not.toContain(en('sms.optOut'));
  });
});

describe('carrier keywords when storage is down', () => {
  let own: EmbeddedCosmos;
  let bot: Harness;
  let optedOut: Conversation;
  let texting: Conversation;
  beforeAll(async () => {
    own = await startEmbeddedCosmos();
    bot = await startBot({ cosmos: { endpoint: own.endpoint, key: own.key, allowSelfSignedTls: true }, env: { STORAGE_TIMEOUT_MS: '1000' } });
    optedOut = textFrom(bot);
    await optedOut.say('hi');
    await optedOut.say('STOP');
    texting = textFrom(bot);
    await texting.say('hi');
    await own.close();
  });
  afterAll(() => bot.close());

  it('an opted-out number in crisis still gets the resources', async () => {
    const help = await optedOut.say(crisisText);
    expect(allText(help)).toContain(en('crisis.ack.suicide'));
    expect(allText(help)).toContain('988');
    expectPlainSms(help);
  });

  it('anything else gets the short apology with our number and 988', async () => {
    const replies = await texting.say('2');
    expect(allText(replies)).toContain(en('fallback.storageDown'));
    expect(allText(replies)).toContain('988');
    expectPlainSms(replies);
  });

  it('STOP is still confirmed: the person asked, and the carrier blocks the number as well', async () => {
    expect((await texting.say('STOP')).map((r) => r.text)).toEqual([en('sms.optOut')]);
  });
});
