import type { ScreeningAnswers } from '../../machines/routing/answers';
import { harmToOthersRuleIds, medicalRuleIds, withdrawalQuestionsFor } from '../../machines/routing/medicalRules';

const ages = { minimumAge: 18, adolescentTrack: false };
const answers = (replies: ScreeningAnswers['replies'], rest: Partial<ScreeningAnswers> = {}): ScreeningAnswers => ({
  replies,
  ...rest,
});

describe('medical, withdrawal, flag and age rules (routing-rules.md)', () => {
  it.each([
    ['MED-E1 fires on yes', answers({ 'MED-E1': 'yes' }), ['MED-E1']],
    ['MED-E1 does not fire on no', answers({ 'MED-E1': 'no' }), []],
    ['WD-1 fires on yes', answers({ 'WD-1': 'yes' }), ['WD-1']],
    ['WD-2 fires on yes', answers({ 'WD-2': 'yes' }), ['WD-2']],
    ['WD-3 fires when both parts are yes', answers({ 'WD-3a': 'yes', 'WD-3b': 'yes' }, { age: 40 }), ['WD-3']],
    ['WD-3 fires on daily drinking over 65 without symptoms', answers({ 'WD-3a': 'yes', 'WD-3b': 'no' }, { age: 66 }), ['WD-3', 'AGE-65']],
    ['WD-3 does not fire at exactly 65 without symptoms', answers({ 'WD-3a': 'yes', 'WD-3b': 'no' }, { age: 65 }), []],
    ['WD-3 needs daily drinking', answers({ 'WD-3a': 'no' }, { age: 70 }), ['AGE-65']],
    ['FLAG-OD fires on yes', answers({ 'FLAG-OD': 'yes' }), ['FLAG-OD']],
    ['FLAG-PREG fires on yes', answers({ 'FLAG-PREG': 'yes' }), ['FLAG-PREG']],
    ['FLAG-PREG: "not sure" counts as yes', answers({ 'FLAG-PREG': 'unsure' }), ['FLAG-PREG']],
    ['FLAG-MED fires on yes', answers({ 'FLAG-MED': 'yes' }), ['FLAG-MED']],
    ['FLAG-HOME fires on danger at home', answers({ 'FLAG-HOME': 'no', 'FLAG-HOME-DANGER': 'yes' }), ['FLAG-HOME']],
    ['FLAG-HOME: unsafe but no danger does not fire', answers({ 'FLAG-HOME': 'no', 'FLAG-HOME-DANGER': 'no' }), []],
    ['AGE-UNDER fires under the minimum age', answers({}, { age: 17 }), ['AGE-UNDER']],
    ['AGE-UNDER does not fire at the minimum age', answers({}, { age: 18 }), []],
    ['a declined age fires nothing', answers({}, { ageDeclined: true }), []],
  ] as const)('%s', (_, a, expected) => {
    expect(medicalRuleIds(a, ages)).toEqual(expected);
  });

  it.each([
    ['HTO1 no', { HTO1: 'no' }, []],
    ['thoughts without intent → HTO-MOD', { HTO1: 'yes', HTO2: 'no' }, ['HTO-MOD']],
    ['thoughts with a plan or intent → HTO-HIGH', { HTO1: 'yes', HTO2: 'yes' }, ['HTO-HIGH']],
  ] as const)('harm to others: %s', (_, replies, expected) => {
    expect(harmToOthersRuleIds(answers(replies))).toEqual(expected);
  });

  it.each([
    [['alcohol'], { 'WD-1': true, 'WD-2': false, 'WD-3a': true }],
    [['sedatives'], { 'WD-1': true, 'WD-2': true, 'WD-3a': false }],
    [['other'], { 'WD-1': false, 'WD-2': true, 'WD-3a': false }],
    [['opioids', 'stimulants', 'cannabis'], { 'WD-1': false, 'WD-2': false, 'WD-3a': false }],
  ] as const)('substances %j ask the withdrawal questions %j', (substances, expected) => {
    expect(withdrawalQuestionsFor(substances)).toEqual(expected);
  });
});
