import type { Priority, RouteName } from './routes';

/**
 * Route precedence from routing-rules.md. Input is the decision trace so far (rule ids that
 * fired, in order); output is the route, its handoff priority, and the same trace.
 *
 * One deliberate reading of the table: `assessment` is defined as "none of the above", so it
 * is the default and cannot outrank `not-eligible` without making that row unreachable; we
 * rank `not-eligible` above it, which is also what keeps contact data from being collected
 * from a minor. `human` ranks last, as the table lists it.
 */
export interface RouteDecision {
  route: RouteName;
  priority: Priority;
  ruleIds: string[];
}

export interface DecisionInput {
  /** Rule ids that fired and still count (a denied crisis-language rule no longer counts). */
  activeRuleIds: readonly string[];
  /** The whole trace for the handoff, including LANG-DENIED. */
  trace: readonly string[];
  screeningComplete: boolean;
  humanRequested: boolean;
  adolescentTrack: boolean;
}

const langEmergencyRules = new Set(['LANG-OVERDOSE', 'LANG-MEDICAL']);

function routeFor(input: DecisionInput): RouteName | undefined {
  const fired = (id: string) => input.activeRuleIds.includes(id);
  const any = (prefix: string) => input.activeRuleIds.some((id) => id.startsWith(prefix));
  const lang = input.activeRuleIds.filter((id) => id.startsWith('LANG-') && id !== 'LANG-DENIED');

  if (any('MED-E') || lang.some((id) => langEmergencyRules.has(id))) return 'emergency';
  if (fired('CSSRS-HIGH') || fired('HTO-HIGH') || lang.length > 0) return 'crisis';
  if (any('WD-')) return 'withdrawal-management';
  if (fired('CSSRS-MOD') || fired('HTO-MOD') || fired('CSSRS-DECLINED')) return 'urgent-callback';
  if (fired('AGE-UNDER') && !input.adolescentTrack) return 'not-eligible';
  if (input.screeningComplete) return 'assessment';
  if (input.humanRequested) return 'human';
  return undefined;
}

const urgentRoutes: ReadonlySet<RouteName> = new Set([
  'emergency',
  'crisis',
  'withdrawal-management',
  'urgent-callback',
]);

/** "priority if any FLAG-* fired or C-SSRS is low, else routine". */
function hasPriorityFlags(ruleIds: readonly string[]): boolean {
  return ruleIds.some((id) => id.startsWith('FLAG-') || id === 'CSSRS-LOW');
}

/** The priority implied by what has fired, whatever the route ("human: as high as anything already fired"). */
function firedPriority(input: DecisionInput): Priority {
  const asIfComplete = routeFor({ ...input, screeningComplete: false, humanRequested: false });
  if (asIfComplete && urgentRoutes.has(asIfComplete)) return 'urgent';
  return hasPriorityFlags(input.activeRuleIds) ? 'priority' : 'routine';
}

export function decideRoute(input: DecisionInput): RouteDecision | undefined {
  const route = routeFor(input);
  if (!route) return undefined;
  let priority: Priority;
  if (urgentRoutes.has(route)) priority = 'urgent';
  else if (route === 'assessment') priority = hasPriorityFlags(input.activeRuleIds) ? 'priority' : 'routine';
  else if (route === 'not-eligible') priority = 'routine';
  else priority = firedPriority(input);
  return { route, priority, ruleIds: [...input.trace] };
}
