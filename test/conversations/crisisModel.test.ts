import type { HandoffRecord } from '../../src/handoff/handoffRecord';
import { allText, conversationWith, lastOf, staffToken, startBot, type Harness } from '../support/botHarness';
import { en, mondayMorning } from '../support/contentText';

// Wording no rule of the lexicon foresees (test/crisis/model/ngramDetector.test.ts checks that).
const UNFORESEEN = 'i wrote everybody a letter tonight and put the dogs papers on the counter for my sister';

describe('with CRISIS_MODEL=true, the n-gram model runs beside the lexicon', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startBot({ now: mondayMorning, env: { CRISIS_MODEL: 'true' } });
  });
  afterAll(() => h.close());

  it('wording only the model hears gets the resources and the confirming question, and the handoff cites the model', async () => {
    const c = conversationWith(h);
    await c.start();
    await c.say(`marker ${c.conversationId}`);
    const replies = await c.say(UNFORESEEN);
    expect(allText(replies)).toContain(en('crisis.ack.suicide'));
    expect(allText(replies)).toContain('988');
    expect(lastOf(replies).text).toBe(en('crisisConfirm.suicide'));

    const all = (await (await fetch(`${h.botUrl}/api/handoffs?limit=50`, { headers: { authorization: `Bearer ${staffToken}` } })).json()) as HandoffRecord[];
    const handoff = all.find((x) => x.transcript.some((e) => e.text === `marker ${c.conversationId}`));
    expect(handoff?.crisisLanguage).toEqual([{ ruleId: 'LANG-SUICIDE', kind: 'suicide', patternId: 'ngram-model', status: 'pending' }]);
  });
});

describe('by default (CRISIS_MODEL unset), the lexicon stands alone', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startBot({ now: mondayMorning });
  });
  afterAll(() => h.close());

  it('the same message is read by the intake as an ordinary reply', async () => {
    const c = conversationWith(h);
    await c.start();
    const replies = await c.say(UNFORESEEN);
    expect(allText(replies)).not.toContain(en('crisis.ack.suicide'));
  });
});
