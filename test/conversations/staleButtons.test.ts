import { conversationWith, lastOf, startBot, type Harness } from '../support/botHarness';
import { choice, en } from '../support/contentText';
import { startScreening } from '../support/intakeScript';

let h: Harness;
beforeAll(async () => {
  h = await startBot();
});
afterAll(() => h.close());

/** Reaches the first C-SSRS question and returns the reply that asks it. */
async function atQ1(channelId: string) {
  const c = conversationWith(h, { channelId });
  await startScreening(c);
  const q1 = lastOf(await c.say('no'));
  expect(q1.text).toContain(en('q.Q1.self'));
  return { c, q1 };
}

describe('a button press belongs to the question it was shown with', () => {
  it.each(['webchat', 'msteams'])('on %s, a second tap on "No" does not answer the next question', async (channelId) => {
    const { c, q1 } = await atQ1(channelId);
    const first = await c.tap(q1, choice('no'));
    expect(lastOf(first).text).toContain(en('q.Q2.self'));

    const second = await c.tap(q1, choice('no'));
    expect(second.map((r) => r.text)).toContain(en('reprompt.stale'));
    expect(lastOf(second).text).toContain(en('q.Q2.self'));

    // The question is still open: its own buttons answer it.
    const q2 = lastOf(second);
    expect(lastOf(await c.tap(q2, choice('no'))).text).not.toContain(en('q.Q2.self'));
  });

  it('crisis language is answered with help even when it arrives with a stale button', async () => {
    const { c, q1 } = await atQ1('webchat');
    await c.tap(q1, choice('no'));
    const staleValue = q1.raw.suggestedActions?.actions[0]?.value;
    const { replies } = await c.post({ type: 'message', text: 'i want to kill myself', value: staleValue });
    expect(replies.map((r) => r.text)).not.toContain(en('reprompt.stale'));
    expect(replies.map((r) => r.text).join('\n')).toContain('988');
  });

  it('a button value with no question in it (sent before this change) is read against the current question', async () => {
    const { c } = await atQ1('webchat');
    expect(lastOf(await c.press('no', choice('no'))).text).toContain(en('q.Q2.self'));
  });
});
