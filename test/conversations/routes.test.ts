import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import { allText, conversationWith, lastOf, staffToken, startBot, type Conversation, type Harness } from '../support/botHarness';
import { choice, en, mondayMorning } from '../support/contentText';
import { answerScreening } from '../support/intakeScript';

let h: Harness;
beforeAll(async () => {
  h = await startBot({ now: mondayMorning });
});
afterAll(() => h.close());

async function handoffOf(c: Conversation): Promise<HandoffRecord> {
  const all = (await (await fetch(`${h.botUrl}/api/handoffs?limit=200`, { headers: { authorization: `Bearer ${staffToken}` } })).json()) as HandoffRecord[];
  const mine = all.find((x) => x.transcript.some((e) => e.text === `marker ${c.conversationId}`));
  if (!mine) throw new Error('no handoff for this conversation');
  return mine;
}

/** The opaque conversation key of this conversation, found through its first run's handoff. */
function handoffsKey(all: HandoffRecord[], c: Conversation): string | undefined {
  return all.find((x) => x.transcript.some((e) => e.text === `marker ${c.conversationId}`))?.conversationId;
}

/** Every conversation says a unique marker first, so its handoff can be found by transcript. */
async function begin(forWhom: 'me' | 'my son' = 'me'): Promise<Conversation> {
  const c = conversationWith(h);
  await c.start();
  await c.say(`marker ${c.conversationId}`);
  await c.say('see if it fits');
  await c.say(forWhom);
  return c;
}

describe('each route says what happens next and shows the resources that fit', () => {
  it('emergency: a yes to the emergency question means "call 911 now", no more questions but an optional number', async () => {
    const c = await begin();
    const replies = await c.say('yes');
    expect(allText(replies)).toContain(en('route.emergency'));
    expect(allText(replies)).toContain('911');
    expect(lastOf(replies).text).toBe(en('emergencyPhone.prompt'));
    expect(lastOf(replies).choices).toEqual([choice('skip')]);
    expect(lastOf(await c.say('no thanks')).text).toBe(en('finished.prompt'));
    expect(await handoffOf(c)).toMatchObject({ route: 'emergency', priority: 'urgent', ruleIds: ['MED-E1'] });
  });

  it('crisis: intent on Q4 stops the screener at once and never offers a routine booking', async () => {
    const c = await begin();
    const replies = await answerScreening(c, { q1: 'yes', q2: 'yes', q3: 'yes', q4: 'yes' });
    const text = allText(replies);
    expect(text).toContain(en('route.crisis'));
    expect(text).toContain('988');
    expect(text).not.toMatch(/details of how/); // Q5 is never asked
    expect(lastOf(replies).text).toBe(en('callbackOffer.prompt'));
    await c.say('yes');
    const done = await c.say('617-555-0142');
    expect(allText(done)).toContain(en('callback.confirmed', { phoneNumber: '(617) 555-0142' }));
    const handoff = await handoffOf(c);
    expect(handoff).toMatchObject({ route: 'crisis', priority: 'urgent', contact: { phoneE164: '+16175550142', wantsCall: true } });
    expect(handoff.ruleIds).toContain('CSSRS-HIGH');
    expect(handoff.booking).toBeUndefined();
  });

  it('crisis: harm to others with intent', async () => {
    const c = await begin();
    const replies = await answerScreening(c, { hto1: 'yes', hto2: 'yes' });
    expect(allText(replies)).toContain(en('route.crisis'));
    expect((await handoffOf(c)).ruleIds).toEqual(['HTO-HIGH']);
  });

  it('withdrawal management: seizures when stopping drinking', async () => {
    const c = await begin();
    const replies = await answerScreening(c, { wd1: 'yes' });
    expect(allText(replies)).toContain(en('route.withdrawal-management'));
    expect(allText(replies)).toContain('1-800-662-4357');
    expect(allText(replies)).toContain('findtreatment.gov');
    expect(await handoffOf(c)).toMatchObject({ route: 'withdrawal-management', priority: 'urgent', ruleIds: ['WD-1'] });
  });

  it('withdrawal management: daily drinking over 65, without symptoms (WD-3 with AGE-65)', async () => {
    const c = await begin();
    const replies = await answerScreening(c, { wd3a: 'yes', wd3b: 'no', age: '70' });
    expect(allText(replies)).toContain(en('route.withdrawal-management'));
    expect((await handoffOf(c)).ruleIds).toEqual(['WD-3', 'AGE-65']);
  });

  it('urgent callback: thoughts with a method, or "rather not say", get 988 and a clinician call instead of a slot', async () => {
    const c = await begin();
    const replies = await answerScreening(c, { q1: 'yes', q2: 'yes', q3: 'yes' });
    // Monday 9:00 in New York: admissions closes at 8:00 PM, so the call is promised today.
    const today = en('callbackWhen.today', { time: '8:00 PM' });
    expect(allText(replies)).toContain(en('route.urgent-callback', { callbackWhen: today }));
    expect(allText(replies)).toContain('988');
    expect(lastOf(replies).text).toBe(en('callbackOffer.prompt'));
    expect(await handoffOf(c)).toMatchObject({
      route: 'urgent-callback',
      priority: 'urgent',
      ruleIds: ['CSSRS-MOD'],
      callbackDueBy: '2026-11-23T20:00:00-05:00',
    });

    const declined = await begin();
    await answerScreening(declined, { q1: "I'd rather not say" });
    expect(await handoffOf(declined)).toMatchObject({ route: 'urgent-callback', ruleIds: ['CSSRS-DECLINED'] });
  });

  it('assessment with priority: a recent overdose adds naloxone information', async () => {
    const c = await begin();
    const replies = await answerScreening(c, { overdose: 'yes' });
    expect(allText(replies)).toContain(en('notes.flagOverdose'));
    expect(lastOf(replies).text).toBe(en('firstName.prompt'));
    expect(await handoffOf(c)).toMatchObject({ route: 'assessment', priority: 'priority', ruleIds: ['FLAG-OD'] });
  });

  it('assessment with priority: danger at home shows the domestic violence hotline', async () => {
    const c = await begin();
    const replies = await answerScreening(c, { homeSafe: 'no', homeDanger: 'yes' });
    expect(allText(replies)).toContain('1-800-799-7233');
    expect(await handoffOf(c)).toMatchObject({ route: 'assessment', priority: 'priority', ruleIds: ['FLAG-HOME'] });
  });

  it('not eligible: a minor gets resources that fit and is never asked for contact details', async () => {
    const c = await begin();
    const replies = await answerScreening(c, { age: '16' });
    const text = allText(replies);
    expect(text).toContain(en('route.not-eligible'));
    expect(text).toContain(en('route.not-eligible.minor'));
    expect(lastOf(replies).text).toBe(en('finished.prompt'));
    const human = await c.say('talk to a person');
    expect(allText(human)).toContain(en('human.contact'));
    expect(lastOf(human).text).toBe(en('humanMenu.prompt')); // no callback offer to a minor
    expect(await handoffOf(c)).toMatchObject({ route: 'not-eligible', priority: 'routine', ruleIds: ['AGE-UNDER'], contact: {} });
  });

  it('human: asking for a person mid-screening gives the number and hours, a callback, and a way back', async () => {
    const c = await begin();
    await c.say('no');
    const human = await c.say('can I talk to someone');
    expect(allText(human)).toContain(en('human.contact'));
    expect(lastOf(human).text).toBe(en('humanCallbackOffer.prompt'));
    await c.say('no');
    const back = await c.press('back', choice('back'));
    expect(lastOf(back).text).toContain('wished you were dead'); // Q1, where we were
    expect(await handoffOf(c)).toMatchObject({ route: 'human', priority: 'routine' });
  });

  it('for a loved one: questions are about them and the handoff says so', async () => {
    const c = await begin('my son');
    const first = await c.say('no');
    expect(lastOf(first).text).toContain(en('q.Q1.other'));
    await answerScreening(c, {});
    expect(await handoffOf(c)).toMatchObject({ route: 'assessment', subject: 'other' });
  });
});

describe('a person can always leave or get unstuck', () => {
  it('two replies that fit nothing get re-prompts, then the offer of a person', async () => {
    const c = await begin();
    const first = await c.say('purple');
    expect(allText(first)).toContain(en('unclear'));
    expect(lastOf(first).choices).toEqual([choice('yes'), choice('no')]);
    const second = await c.say('banana');
    expect(allText(second)).toContain(en('unclear.offerHuman'));
    expect(lastOf(second).choices).toContain(choice('human'));
    const human = await c.press('human', choice('human'));
    expect(allText(human)).toContain(en('human.contact'));
  });

  it('a reply that does not fit a phone or age question says what that question needs', async () => {
    const c = await begin();
    await answerScreening(c);
    await c.say('Ana');
    const phone = await c.say('whenever works');
    expect(allText(phone)).toContain(en('phone.invalid'));
    expect(lastOf(phone).text).toBe(en('phone.prompt'));
    const again = await c.say('no idea');
    expect(allText(again)).toContain(en('phone.invalid'));
    expect(allText(again)).toContain(en('unclear.offerHuman'));

    const later = await begin();
    await answerScreening(later, {}, { stopAt: /How old/ });
    expect(allText(await later.say('old enough'))).toContain(en('age.invalid'));
  });

  it('"help" explains and re-asks the same question', async () => {
    const c = await begin();
    const replies = await c.say('help');
    expect(allText(replies)).toContain(en('help'));
    expect(lastOf(replies).text).toContain('chest pain');
  });

  it('"start over" goes back to the welcome from the middle of booking', async () => {
    const c = await begin();
    await answerScreening(c);
    await c.say('Ana');
    const replies = await c.say('start over');
    expect(allText(replies)).toContain(en('restarted'));
    expect(allText(replies)).toContain(en('welcome'));
  });

  it('"español" switches the conversation to Spanish', async () => {
    const c = await begin();
    const replies = await c.say('español');
    expect(allText(replies)).toMatch(/español/i);
    expect(lastOf(replies).choices).toEqual([choice('yes', 'es'), choice('no', 'es')]);
  });

  it('a button from an older message is read against the current question', async () => {
    const c = await begin();
    const replies = await c.press('checkFit', choice('checkFit'));
    expect(allText(replies)).toContain(en('unclear'));
  });
});

describe('crisis language at any turn', () => {
  it('mid-booking: resources and the confirming question come before any slot, and a clear no returns to booking', async () => {
    const c = await begin();
    await answerScreening(c);
    await c.say('Ana');
    const crisis = await c.say('honestly i just want to die');
    const text = allText(crisis);
    expect(text).toContain(en('crisis.ack.suicide'));
    expect(text).toContain('988');
    expect(lastOf(crisis).text).toBe(en('crisisConfirm.suicide'));
    expect(text).not.toContain(en('slot.prompt'));

    const denied = await c.say('no');
    expect(allText(denied)).toContain(en('crisis.denied'));
    expect(lastOf(denied).text).toBe(en('phone.prompt'));
    const handoff = await handoffOf(c);
    expect(handoff.ruleIds).toEqual(['LANG-SUICIDE', 'LANG-DENIED']);
    expect(handoff.crisisLanguage).toEqual([{ ruleId: 'LANG-SUICIDE', kind: 'suicide', patternId: expect.stringMatching(/^en\.suicide\./), status: 'denied' }]);
    expect(JSON.stringify(handoff.crisisLanguage)).not.toContain('want to die');
  });

  it('a yes, or anything but a clear no, routes to crisis and booking is never offered again, even after starting over', async () => {
    const c = await begin();
    await c.say('no');
    await c.say('I have pills saved up and im going to take them all tonight');
    const confirmed = await c.say('idk');
    expect(allText(confirmed)).toContain(en('route.crisis'));
    expect(await handoffOf(c)).toMatchObject({ route: 'crisis', priority: 'urgent', ruleIds: ['LANG-SUICIDE'] });

    await c.say('start over');
    await c.say('see if it fits');
    await c.say('me');
    const end = await answerScreening(c);
    expect(allText(end)).toContain(en('route.assessmentLocked'));
    expect(lastOf(end).text).toBe(en('callbackOffer.prompt'));
    const handoffs = (await (await fetch(`${h.botUrl}/api/handoffs?limit=200`, { headers: { authorization: `Bearer ${staffToken}` } })).json()) as HandoffRecord[];
    const secondRun = handoffs.find((x) => x.conversationId === handoffsKey(handoffs, c) && x.route === 'assessment');
    expect(secondRun).toMatchObject({ priority: 'urgent', ruleIds: ['SAFETY-LOCK'] });
  });

  it('an overdose happening now routes to emergency on "rather not say"', async () => {
    const c = await begin();
    const crisis = await c.say('my brother took a bunch of pills and wont wake up');
    expect(allText(crisis)).toContain(en('crisis.ack.overdose-now'));
    expect(lastOf(crisis).text).toBe(en('crisisConfirm.danger'));
    const routed = await c.say("I'd rather not say");
    expect(allText(routed)).toContain(en('route.emergency'));
    expect(await handoffOf(c)).toMatchObject({ route: 'emergency', ruleIds: ['LANG-OVERDOSE'] });
  });

  it('a denial mid-screening, with no route yet, still updates the handoff written when the words were caught', async () => {
    const c = await begin();
    await c.say('no');
    await c.say('i want to kill myself');
    await c.say('no');
    const handoff = await handoffOf(c);
    expect(handoff.ruleIds).toEqual(['LANG-SUICIDE', 'LANG-DENIED']);
    expect(handoff.crisisLanguage[0]?.status).toBe('denied');
  });

  it('about a loved one, the confirming question asks whether someone is in danger, not the writer', async () => {
    const c = await begin('my son');
    const crisis = await c.say('my son said he wants to kill himself');
    expect(lastOf(crisis).text).toBe(en('crisisConfirm.danger'));
  });

  it('a message too long for most forms still gets checked', async () => {
    const c = await begin();
    const long = `${'I have been thinking about a lot of things lately and the program sounds good. '.repeat(80)}I am going to kill myself tonight`;
    expect(allText(await c.say(long))).toContain('988');
  });

  it('is caught in free-text questions too, and figurative speech is not', async () => {
    const c = conversationWith(h);
    await c.start();
    await c.say('learn');
    const figurative = await c.say('this commute is killing me, do you have evening groups?');
    expect(allText(figurative)).not.toContain('988');
    const crisis = await c.say('i dont want to be alive anymore');
    expect(allText(crisis)).toContain(en('crisis.ack.suicide'));
  });
});
