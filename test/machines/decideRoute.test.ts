import { decideRoute, type DecisionInput } from '../../machines/routing/decideRoute';

const decide = (activeRuleIds: string[], more: Partial<DecisionInput> = {}) =>
  decideRoute({ activeRuleIds, trace: activeRuleIds, screeningComplete: true, humanRequested: false, adolescentTrack: false, ...more });

describe('route precedence (routing-rules.md): the highest that fires wins', () => {
  it.each([
    [['MED-E1', 'CSSRS-HIGH', 'WD-1'], 'emergency', 'urgent'],
    [['LANG-OVERDOSE'], 'emergency', 'urgent'],
    [['LANG-MEDICAL'], 'emergency', 'urgent'],
    [['CSSRS-HIGH', 'WD-2'], 'crisis', 'urgent'],
    [['HTO-HIGH'], 'crisis', 'urgent'],
    [['LANG-SUICIDE'], 'crisis', 'urgent'],
    [['LANG-DANGER'], 'crisis', 'urgent'],
    [['WD-3', 'CSSRS-MOD'], 'withdrawal-management', 'urgent'],
    [['CSSRS-MOD'], 'urgent-callback', 'urgent'],
    [['HTO-MOD'], 'urgent-callback', 'urgent'],
    [['CSSRS-DECLINED'], 'urgent-callback', 'urgent'],
    [['CSSRS-MOD', 'AGE-UNDER'], 'urgent-callback', 'urgent'],
    [['AGE-UNDER'], 'not-eligible', 'routine'],
    [['AGE-UNDER', 'FLAG-OD'], 'not-eligible', 'routine'],
    [[], 'assessment', 'routine'],
    [['FLAG-OD'], 'assessment', 'priority'],
    [['FLAG-PREG'], 'assessment', 'priority'],
    [['FLAG-MED'], 'assessment', 'priority'],
    [['FLAG-HOME'], 'assessment', 'priority'],
    [['CSSRS-LOW'], 'assessment', 'priority'],
    [['AGE-65'], 'assessment', 'routine'],
  ])('%j → %s (%s)', (ruleIds, route, priority) => {
    expect(decide(ruleIds)).toEqual({ route, priority, ruleIds });
  });

  it('with an adolescent track, a minor goes on to assessment', () => {
    expect(decide(['AGE-UNDER'], { adolescentTrack: true })?.route).toBe('assessment');
  });

  it('mid-screening with nothing fired there is no route yet', () => {
    expect(decide([], { screeningComplete: false })).toBeUndefined();
  });

  it('asking for a person mid-screening routes to human, as high as anything already fired', () => {
    expect(decide([], { screeningComplete: false, humanRequested: true })).toMatchObject({ route: 'human', priority: 'routine' });
    expect(decide(['FLAG-OD'], { screeningComplete: false, humanRequested: true })).toMatchObject({ route: 'human', priority: 'priority' });
  });

  it('asking for a person never lowers a crisis route', () => {
    expect(decide(['CSSRS-HIGH'], { humanRequested: true })?.route).toBe('crisis');
  });

  it('keeps the whole trace, including a denied crisis-language rule', () => {
    const trace = ['LANG-SUICIDE', 'LANG-DENIED'];
    expect(decide([], { trace })?.ruleIds).toEqual(trace);
  });
});
