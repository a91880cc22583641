import type { Reply, ScreeningAnswers } from './answers';

/**
 * C-SSRS Screener (recent) triage, exactly as routing-rules.md states it.
 * Pure: callers pass what has been answered so far; unanswered questions count as not yet known.
 */
export type CssrsLevel = 'high' | 'moderate' | 'low' | 'none';

export interface CssrsResult {
  level: CssrsLevel;
  /** Rule ids that fired: CSSRS-HIGH, CSSRS-MOD, CSSRS-LOW, CSSRS-DECLINED. */
  ruleIds: string[];
}

const cssrsQuestions = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q6a'] as const;

export function cssrsLevel(answers: ScreeningAnswers): CssrsResult {
  const r = (id: (typeof cssrsQuestions)[number]): Reply | undefined => answers.replies[id];
  const yes = (id: (typeof cssrsQuestions)[number]) => r(id) === 'yes';
  const declined = cssrsQuestions.some((id) => r(id) === 'declined');

  let level: CssrsLevel = 'none';
  if (yes('Q4') || yes('Q5') || (yes('Q6') && yes('Q6a'))) level = 'high';
  else if (yes('Q3') || (yes('Q6') && r('Q6a') === 'no')) level = 'moderate';
  else if (yes('Q1') || yes('Q2')) level = 'low';

  const ruleIds: string[] = [];
  if (level === 'high') ruleIds.push('CSSRS-HIGH');
  if (level === 'moderate') ruleIds.push('CSSRS-MOD');
  if (level === 'low') ruleIds.push('CSSRS-LOW');
  // "Rather not say" to any question counts as at least moderate.
  if (declined) {
    ruleIds.push('CSSRS-DECLINED');
    if (level === 'low' || level === 'none') level = 'moderate';
  }
  return { level, ruleIds };
}
