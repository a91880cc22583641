import type { CrisisKind } from '../crisisKind';
import type { Substance } from './answers';
import type { RouteDecision } from './decideRoute';
import type { RouteName } from './routes';

/** Which resources.md entries each route shows, in the order a person should read them. */
const routeResources: Record<RouteName, string[]> = {
  emergency: ['911', 'poison'],
  crisis: ['988', '911', 'ctl'],
  'withdrawal-management': ['samhsa', 'findtreatment'],
  'urgent-callback': ['988'],
  assessment: [],
  'not-eligible': ['samhsa', 'findtreatment'],
  human: [],
};

/** Resources to show with the acknowledgement of crisis language, by kind. */
export const crisisKindResources: Record<CrisisKind, string[]> = {
  suicide: ['988', '911'],
  'self-harm': ['988', 'ctl', '911'],
  'harm-others': ['911', '988'],
  'overdose-now': ['911', 'poison'],
  'medical-now': ['911'],
  'abuse-danger': ['911', 'dv'],
};

const suicideRelated = /^(CSSRS-|LANG-SUICIDE|LANG-SELF-HARM)/;

export interface RouteExtras {
  resourceIds: string[];
  /** Content ids of short notes that the fired rules call for. */
  noteKeys: string[];
}

export function extrasForDecision(decision: RouteDecision, substances: readonly Substance[]): RouteExtras {
  const ids = new Set(routeResources[decision.route]);
  const fired = (id: string) => decision.ruleIds.includes(id);
  // "988 appears on every suicide-related branch."
  if (decision.ruleIds.some((id) => suicideRelated.test(id))) ids.add('988');
  if (fired('FLAG-HOME') || fired('LANG-DANGER')) ids.add('dv');

  const noteKeys: string[] = [];
  if (fired('FLAG-OD')) noteKeys.push('notes.flagOverdose');
  if (fired('FLAG-HOME')) noteKeys.push('notes.flagHome');
  if (fired('FLAG-PREG')) noteKeys.push('notes.pregnancy');
  if (fired('CSSRS-LOW') && decision.route === 'assessment') noteKeys.push('notes.lowRisk');
  if (substances.includes('opioids') && decision.route === 'assessment') noteKeys.push('notes.moud');
  return { resourceIds: [...ids], noteKeys };
}
