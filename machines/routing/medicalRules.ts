import type { ScreeningAnswers, Substance } from './answers';

/** Which withdrawal questions a person's substances call for (routing-rules.md, "Substances used"). */
export function withdrawalQuestionsFor(substances: readonly Substance[]) {
  const has = (s: Substance) => substances.includes(s);
  return {
    'WD-1': has('alcohol') || has('sedatives'),
    'WD-2': has('sedatives') || has('other'),
    'WD-3a': has('alcohol'),
  };
}

export interface ProgramAges {
  minimumAge: number;
  adolescentTrack: boolean;
}

/** The MED, WD, FLAG and AGE rules that fire on these answers, in the contract's table order. */
export function medicalRuleIds(answers: ScreeningAnswers, ages: ProgramAges): string[] {
  const yes = (id: keyof ScreeningAnswers['replies']) => answers.replies[id] === 'yes';
  const over65 = answers.age !== undefined && answers.age > 65;
  const fired: string[] = [];
  if (yes('MED-E1')) fired.push('MED-E1');
  if (yes('WD-1')) fired.push('WD-1');
  if (yes('WD-2')) fired.push('WD-2');
  if (yes('WD-3a') && (yes('WD-3b') || over65)) fired.push('WD-3');
  if (yes('FLAG-OD')) fired.push('FLAG-OD');
  // "not sure" counts as yes for pregnancy.
  const preg = answers.replies['FLAG-PREG'];
  if (preg === 'yes' || preg === 'unsure') fired.push('FLAG-PREG');
  if (yes('FLAG-MED')) fired.push('FLAG-MED');
  if (answers.replies['FLAG-HOME'] === 'no' && yes('FLAG-HOME-DANGER')) fired.push('FLAG-HOME');
  if (answers.age !== undefined && answers.age < ages.minimumAge) fired.push('AGE-UNDER');
  if (over65) fired.push('AGE-65');
  return fired;
}

/** Harm to others: HTO2 yes → HTO-HIGH; HTO1 yes and HTO2 no → HTO-MOD. */
export function harmToOthersRuleIds(answers: ScreeningAnswers): string[] {
  if (answers.replies.HTO1 !== 'yes') return [];
  if (answers.replies.HTO2 === 'yes') return ['HTO-HIGH'];
  if (answers.replies.HTO2 === 'no') return ['HTO-MOD'];
  return [];
}
