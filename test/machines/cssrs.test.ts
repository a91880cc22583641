import type { Reply, ScreeningAnswers } from '../../machines/routing/answers';
import { cssrsLevel, type CssrsLevel } from '../../machines/routing/cssrs';

type Q = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'Q6' | 'Q6a';
const replies: Reply[] = ['yes', 'no', 'declined'];
const rank: Record<CssrsLevel, number> = { none: 0, low: 1, moderate: 2, high: 3 };

/**
 * Every answer sequence the screener can produce: Q3–Q5 only after Q2 = yes, Q6a only after
 * Q6 = yes, and the early stop (no further questions once the level is high).
 */
function* answerPaths(): Generator<Partial<Record<Q, Reply>>> {
  for (const q1 of replies)
    for (const q2 of replies) {
      const afterQ2 = q2 === 'yes' ? detailPaths() : [{}];
      for (const detail of afterQ2) {
        if (detail.Q4 === 'yes' || detail.Q5 === 'yes') {
          yield { Q1: q1, Q2: q2, ...detail };
          continue;
        }
        for (const q6 of replies) {
          if (q6 !== 'yes') yield { Q1: q1, Q2: q2, ...detail, Q6: q6 };
          else for (const q6a of replies) yield { Q1: q1, Q2: q2, ...detail, Q6: q6, Q6a: q6a };
        }
      }
    }
}
function detailPaths(): Partial<Record<Q, Reply>>[] {
  const out: Partial<Record<Q, Reply>>[] = [];
  for (const q3 of replies)
    for (const q4 of replies) {
      if (q4 === 'yes') out.push({ Q3: q3, Q4: q4 });
      else for (const q5 of replies) out.push({ Q3: q3, Q4: q4, Q5: q5 });
    }
  return out;
}

/** The Columbia triage restated as the highest level any single answer reaches. */
function expectedLevel(a: Partial<Record<Q, Reply>>): CssrsLevel {
  const levels: CssrsLevel[] = ['none'];
  if (a.Q1 === 'yes' || a.Q2 === 'yes') levels.push('low');
  if (a.Q3 === 'yes') levels.push('moderate');
  if (a.Q4 === 'yes' || a.Q5 === 'yes') levels.push('high');
  if (a.Q6 === 'yes' && a.Q6a === 'yes') levels.push('high');
  if (a.Q6 === 'yes' && a.Q6a === 'no') levels.push('moderate');
  if (Object.values(a).includes('declined')) levels.push('moderate');
  return levels.reduce((x, y) => (rank[y] > rank[x] ? y : x));
}

const asAnswers = (a: Partial<Record<Q, Reply>>): ScreeningAnswers => ({ replies: a });

describe('C-SSRS screener triage (routing-rules.md)', () => {
  const paths = [...answerPaths()];

  it('covers every answer combination the skip logic allows', () => {
    expect(paths.length).toBeGreaterThan(200);
  });

  it.each(paths.map((p) => [JSON.stringify(p), p] as const))('%s', (_, path) => {
    expect(cssrsLevel(asAnswers(path)).level).toBe(expectedLevel(path));
  });

  it.each([
    ['all no', { Q1: 'no', Q2: 'no', Q6: 'no' }, 'none', []],
    ['wish to be dead only', { Q1: 'yes', Q2: 'no', Q6: 'no' }, 'low', ['CSSRS-LOW']],
    ['thoughts with method', { Q1: 'yes', Q2: 'yes', Q3: 'yes', Q4: 'no', Q5: 'no', Q6: 'no' }, 'moderate', ['CSSRS-MOD']],
    ['intent', { Q1: 'yes', Q2: 'yes', Q3: 'yes', Q4: 'yes' }, 'high', ['CSSRS-HIGH']],
    ['plan', { Q1: 'yes', Q2: 'yes', Q3: 'no', Q4: 'no', Q5: 'yes' }, 'high', ['CSSRS-HIGH']],
    ['behaviour in the past 3 months', { Q1: 'no', Q2: 'no', Q6: 'yes', Q6a: 'yes' }, 'high', ['CSSRS-HIGH']],
    ['behaviour longer ago', { Q1: 'no', Q2: 'no', Q6: 'yes', Q6a: 'no' }, 'moderate', ['CSSRS-MOD']],
    ['rather not say counts as at least moderate', { Q1: 'declined' }, 'moderate', ['CSSRS-DECLINED']],
    ['rather not say does not lower a high', { Q1: 'declined', Q2: 'yes', Q3: 'no', Q4: 'yes' }, 'high', ['CSSRS-HIGH', 'CSSRS-DECLINED']],
  ] as const)('%s → %s, firing %j', (_, answers, level, ruleIds) => {
    const result = cssrsLevel(asAnswers(answers));
    expect(result.level).toBe(level);
    expect(result.ruleIds).toEqual(ruleIds);
  });
});
