import { questionIds } from '../../machines/routing/answers';
import { adaptiveCardContentType, maxActionsPerSet, type AdaptiveCard, type SubmitAction } from '../../src/channels/adaptiveCard';
import { allText, conversationWith, lastOf, startBot, type Conversation, type Harness, type Reply } from '../support/botHarness';
import { catalog, choice, en, mondayMorning } from '../support/contentText';

/**
 * A person in Microsoft Teams: choices are buttons on an Adaptive Card, pressed the way Teams
 * sends them (messageBack: the label as text, the choice id in `value`), mixed with typing.
 */
let h: Harness;
beforeAll(async () => {
  h = await startBot({ now: mondayMorning });
});
afterAll(() => h.close());

const inTeams = () => conversationWith(h, { channelId: 'msteams' });

function cardOf(reply: Reply): AdaptiveCard {
  const card = reply.raw.attachments?.find((a) => a.contentType === adaptiveCardContentType)?.content as AdaptiveCard | undefined;
  if (!card) throw new Error(`expected an Adaptive Card, got: ${JSON.stringify(reply.raw)}`);
  return card;
}

/** Presses a button on the last card exactly as Teams reports a messageBack submit to the bot. */
async function tap(c: Conversation, replies: Reply[], label: string): Promise<Reply[]> {
  const submits = cardOf(lastOf(replies))
    .body.flatMap((e) => (e.type === 'ActionSet' ? e.actions : []))
    .filter((a): a is SubmitAction => a.type === 'Action.Submit');
  const button = submits.find((a) => a.title === label);
  if (!button) throw new Error(`no "${label}" button; the card has ${submits.map((a) => a.title).join(', ')}`);
  const { msteams, ...data } = button.data;
  return (await c.post({ type: 'message', text: msteams.text, value: data })).replies;
}

function questionAsked(replies: Reply[]): string | undefined {
  const text = allText(replies);
  return [...questionIds, 'substances', 'age'].find((q) => text.includes(en(`q.${q}.self`, { selected: '' }).split('\n')[0] ?? '\u0000'));
}

describe('an intake in Microsoft Teams', () => {
  it('shows each question on an Adaptive Card whose buttons are the choices, never more than six to a set', async () => {
    const c = inTeams();
    const welcome = await c.start();
    expect(allText(welcome)).toContain(en('welcome'));
    const prompt = lastOf(welcome);
    expect(prompt.raw.suggestedActions).toBeUndefined();
    expect(prompt.text).toBe(en('welcome.prompt'));
    expect(prompt.choices).toEqual([choice('learn'), choice('checkFit')]);
    expect(prompt.choiceIds).toEqual(['learn', 'checkFit']);
    for (const set of cardOf(prompt).body.filter((e) => e.type === 'ActionSet')) {
      expect(set.actions.length).toBeLessThanOrEqual(maxActionsPerSet);
    }
  });

  it('goes from welcome to a booked call by pressing buttons and typing', async () => {
    const c = inTeams();
    const welcome = await c.start();
    const forWhom = await tap(c, welcome, choice('checkFit'));
    expect(lastOf(forWhom).text).toBe(en('forWhom.prompt'));
    let replies = await tap(c, forWhom, choice('self'));
    expect(allText(replies)).toContain(en('screening.intro'));

    const asked: string[] = [];
    for (let turn = 0, press = true; turn < 40; turn++, press = !press) {
      const q = questionAsked(replies);
      if (!q) break;
      asked.push(q);
      if (q === 'substances') {
        const sofar = allText(replies).includes(en('substances.sofar', { selected: catalog.file('en').substances.alcohol ?? '' }));
        replies = sofar ? await tap(c, replies, choice('done')) : await tap(c, replies, catalog.file('en').substances.alcohol ?? '');
        continue;
      }
      if (q === 'age') {
        replies = await c.say('34');
        continue;
      }
      const answer = q === 'FLAG-HOME' ? choice('yes') : choice('no');
      replies = press ? await tap(c, replies, answer) : await c.say(answer.toLowerCase());
    }
    expect(asked).toEqual(expect.arrayContaining(['MED-E1', 'Q1', 'substances', 'FLAG-HOME', 'age']));
    expect(allText(replies)).toContain(en('route.assessment'));

    expect(lastOf(await c.say('Ana')).text).toBe(en('phone.prompt'));
    const textOk = await c.say('617-555-0123');
    const voicemail = await tap(c, textOk, choice('yes'));
    expect(lastOf(voicemail).text).toBe(en('voicemail.prompt'));
    const slots = await tap(c, voicemail, choice('no'));
    expect(lastOf(slots).choices).toEqual(['Mon, Nov 23, 10:00 AM', 'Mon, Nov 23, 10:30 AM', 'Mon, Nov 23, 11:00 AM', 'Mon, Nov 23, 11:30 AM', choice('asap')]);
    const confirm = await tap(c, slots, 'Mon, Nov 23, 10:30 AM');
    expect(lastOf(confirm).text).toContain('Mon, Nov 23, 10:30 AM');
    const booked = await tap(c, confirm, choice('confirm'));
    expect(allText(booked)).toMatch(/reference code is [A-Z0-9]{6}/);
    expect(lastOf(booked).choices).toEqual([choice('learn'), choice('restart')]);
  });

  it('shows all seven substance choices as buttons (a hero card would have dropped one)', async () => {
    const c = inTeams();
    await c.start();
    await c.say('see if it fits');
    let replies = await c.say('me');
    for (let i = 0; i < 20 && questionAsked(replies) !== 'substances'; i++) replies = await c.say('no');
    expect(lastOf(replies).choiceIds).toEqual(['alcohol', 'opioids', 'sedatives', 'stimulants', 'cannabis', 'other', 'done']);
  });

  it('answers crisis language with the resources and a tap-to-call button for each number', async () => {
    const c = inTeams();
    await c.start();
    const replies = await c.say('i want to kill myself');
    const ack = replies.find((r) => r.text.includes(en('crisis.ack.suicide')));
    expect(ack?.calls).toEqual(['tel:988', 'tel:911']);
    expect(lastOf(replies).text).toBe(en('crisisConfirm.suicide'));
  });

  it('a button from an older card is read against the current question, not replayed', async () => {
    const c = inTeams();
    const welcome = await c.start();
    const forWhom = await tap(c, welcome, choice('checkFit'));
    await tap(c, forWhom, choice('self'));
    // Pressing "For myself" again on the old card: the intake is past that question now.
    const again = await tap(c, forWhom, choice('self'));
    expect(allText(again)).not.toContain(en('screening.intro'));
  });
});
