import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import { allText, conversationWith, lastOf, staffToken, startBot, type Harness } from '../support/botHarness';
import { textParams } from '../../src/rendering/textParams';
import { catalog, choice, en, mondayMorning, profile } from '../support/contentText';
import { answerScreening, startScreening } from '../support/intakeScript';

let h: Harness;
beforeAll(async () => {
  h = await startBot({ now: mondayMorning });
});
afterAll(() => h.close());

async function handoffsOf(conversationKey?: string): Promise<HandoffRecord[]> {
  const query = conversationKey ? `?conversationId=${conversationKey}` : '';
  const res = await fetch(`${h.botUrl}/api/handoffs${query}`, { headers: { authorization: `Bearer ${staffToken}` } });
  return (await res.json()) as HandoffRecord[];
}

/** A new conversation screened as routine, with a name and number given, at the question of when to call. */
async function atSlotPrompt(name: string, phone: string) {
  const c = conversationWith(h);
  await startScreening(c);
  await answerScreening(c);
  await c.say(name);
  await c.say(phone);
  await c.say('no');
  expect(lastOf(await c.say('no')).text).toContain(en('slot.prompt'));
  return c;
}

describe('a person books an assessment call by typing, as on a phone', () => {
  it('welcomes them as an automated assistant that cannot help in an emergency', async () => {
    const c = conversationWith(h);
    const welcome = await c.start();
    expect(allText(welcome)).toContain(en('welcome'));
    expect(lastOf(welcome).choices).toEqual([choice('learn'), choice('checkFit')]);
  });

  it('explains IOP, answers a free-text question, then goes on to book', async () => {
    const c = conversationWith(h);
    await c.start();
    expect(allText(await c.say('learn more'))).toContain(en('learn.overview'));
    expect(allText(await c.say('3'))).toContain(en('topic.whoFits'));
    expect(allText(await c.say('can I keep working?'))).toContain(catalogFaq('work'));
    const next = await c.say('is it confidential? I dont want my boss to know');
    expect(allText(next)).toContain(catalogFaq('confidential'));
    expect(lastOf(next).choices).toContain(choice('checkFit'));
    expect(lastOf(await c.press('checkFit', choice('checkFit'))).text).toBe(en('forWhom.prompt'));
  });

  it('a question the FAQ does not cover gets an honest "I don\'t know", and the way on', async () => {
    const c = conversationWith(h);
    await c.start();
    await c.say('learn');
    const replies = await c.say('do you have a swimming pool?');
    expect(allText(replies)).toContain(en('faq.unknown'));
    expect(lastOf(replies).choices).toContain(choice('checkFit'));
  });

  it('goes from screening to a booked call with a reference code, and admissions gets the handoff', async () => {
    const c = conversationWith(h);
    await startScreening(c);
    const afterScreening = await answerScreening(c);
    expect(allText(afterScreening)).toContain(en('route.assessment'));
    expect(lastOf(afterScreening).text).toBe(en('firstName.prompt'));

    expect(lastOf(await c.say('my name is Ana')).text).toBe(en('phone.prompt'));
    expect(lastOf(await c.say('call me at (617) 555-0123 please')).text).toBe(en('textOk.prompt'));
    expect(lastOf(await c.say('yeah')).text).toBe(en('voicemail.prompt'));
    const slots = await c.say('nope');
    expect(lastOf(slots).text).toContain(en('slot.prompt'));
    // 09:00 in New York, one hour lead: the first calls are at 10:00, 10:30, 11:00, 11:30.
    expect(lastOf(slots).choices).toEqual(['Mon, Nov 23, 10:00 AM', 'Mon, Nov 23, 10:30 AM', 'Mon, Nov 23, 11:00 AM', 'Mon, Nov 23, 11:30 AM', choice('asap')]);

    const confirm = await c.say('11am');
    expect(lastOf(confirm).text).toContain('Mon, Nov 23, 11:00 AM');
    expect(lastOf(confirm).text).toContain('Ana');
    expect(lastOf(confirm).text).toContain('(617) 555-0123');

    const booked = await c.say('yes');
    const reference = /reference code is ([A-Z0-9]{6})/.exec(allText(booked))?.[1];
    expect(reference).toBeDefined();
    expect(lastOf(booked).choices).toEqual([choice('learn'), choice('restart')]);

    const [handoff] = await handoffsOf();
    const mine = (await handoffsOf(handoff?.conversationId)).find((x) => x.booking?.reference === reference);
    expect(mine).toMatchObject({
      route: 'assessment',
      priority: 'routine',
      ruleIds: [],
      subject: 'self',
      contact: { firstName: 'Ana', phoneE164: '+16175550123', textOk: true, voicemailMayNameProgram: false, wantsCall: true },
      booking: { kind: 'slot', slotStart: '2026-11-23T11:00:00-05:00', timeZone: 'America/New_York', reference },
    });
    expect(mine?.answers).toMatchObject({ 'MED-E1': 'no', Q1: 'no', Q2: 'no', Q6: 'no', substances: ['alcohol'], age: 34 });
    expect(mine?.transcript.some((e) => e.from === 'user' && e.text === 'my name is Ana')).toBe(true);
    expect(mine?.transcript.some((e) => e.from === 'bot' && e.text.includes(reference!))).toBe(true);
  });

  it('a time typed in words that none of the offered slots fits finds free calls then, or says there are none', async () => {
    const c = await atSlotPrompt('Rosa', '617 555 0177');
    // Monday 09:00: the offered calls are Monday morning; Tuesday afternoon is 12:00 to 4:00 PM.
    const asked = await c.say('tomorrow afternoon');
    expect(allText(asked)).toContain(en('slot.found'));
    expect(lastOf(asked).choices).toEqual(['Tue, Nov 24, 12:00 PM', 'Tue, Nov 24, 12:30 PM', 'Tue, Nov 24, 1:00 PM', 'Tue, Nov 24, 1:30 PM', choice('asap')]);

    // Admissions is closed on Sundays: nothing then, so the soonest calls instead.
    const sunday = await c.say('sunday at 3pm');
    expect(allText(sunday)).toContain(en('slot.notFound'));
    expect(lastOf(sunday).choices[0]).toBe('Mon, Nov 23, 10:00 AM');

    const confirm = await c.say('tuesday at 1pm');
    expect(allText(confirm)).toContain(en('slot.found'));
    const picked = await c.say('1:30');
    expect(lastOf(picked).text).toContain('Tue, Nov 24, 1:30 PM');
  });

  it('books "as soon as possible" without a slot', async () => {
    const c = await atSlotPrompt('Luis', '617 555 0199');
    await c.say('as soon as possible');
    const booked = await c.press('confirm', choice('confirm'));
    expect(allText(booked)).toMatch(/reference code is [A-Z0-9]{6}/);
  });
});

/** FAQ answers are templates in the content file; compare with the filled-in text. */
function catalogFaq(id: string): string {
  return catalog.faqAnswer('en', id, textParams(profile, catalog, 'en'));
}
