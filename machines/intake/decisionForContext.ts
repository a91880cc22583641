import type { CrisisKind } from '../crisisKind';
import { cssrsLevel } from '../routing/cssrs';
import { decideRoute, type RouteDecision } from '../routing/decideRoute';
import { harmToOthersRuleIds, medicalRuleIds } from '../routing/medicalRules';
import type { IntakeContext } from './intakeContext';

/** Crisis language at any turn: which rule a detected kind fires. */
export const langRuleForKind: Record<CrisisKind, string> = {
  suicide: 'LANG-SUICIDE',
  'self-harm': 'LANG-SELF-HARM',
  'harm-others': 'LANG-HARM-OTHERS',
  'overdose-now': 'LANG-OVERDOSE',
  'medical-now': 'LANG-MEDICAL',
  'abuse-danger': 'LANG-DANGER',
};

const safetyCauses = new Set(['MED-E1', 'CSSRS-HIGH', 'HTO-HIGH']);

/** Rules fired by the screening answers, in the order of the contract's tables. */
export function screeningRuleIds(ctx: IntakeContext): string[] {
  const medical = medicalRuleIds(ctx.answers, ctx.program);
  const emergency = medical.filter((id) => id.startsWith('MED-'));
  const rest = medical.filter((id) => !id.startsWith('MED-'));
  return [...emergency, ...cssrsLevel(ctx.answers).ruleIds, ...harmToOthersRuleIds(ctx.answers), ...rest];
}

/** The full decision trace for the handoff: a denied crisis-language rule stays visible, followed by LANG-DENIED. */
export function traceFor(ctx: IntakeContext): string[] {
  const lang = ctx.langChecks.flatMap((c) => (c.status === 'denied' ? [c.ruleId, 'LANG-DENIED'] : [c.ruleId]));
  return [...screeningRuleIds(ctx), ...lang];
}

export function activeRuleIds(ctx: IntakeContext): string[] {
  const lang = ctx.langChecks.filter((c) => c.status !== 'denied').map((c) => c.ruleId);
  return [...screeningRuleIds(ctx), ...lang];
}

export function decisionFor(ctx: IntakeContext): RouteDecision | undefined {
  const decision = decideRoute({
    activeRuleIds: activeRuleIds(ctx),
    trace: traceFor(ctx),
    screeningComplete: ctx.screeningComplete,
    humanRequested: ctx.humanRequested,
    adolescentTrack: ctx.program.adolescentTrack,
  });
  // A run after a crisis earlier in the conversation must not look routine to admissions.
  if (decision && ctx.safetyLock.length > 0 && decision.priority !== 'urgent') {
    return { ...decision, priority: 'urgent', ruleIds: [...decision.ruleIds, 'SAFETY-LOCK'] };
  }
  return decision;
}

/** Confirmed causes of a crisis or emergency route; these lock routine booking for the conversation. */
export function lockingRuleIds(ctx: IntakeContext, { includePending }: { includePending: boolean }): string[] {
  const screening = screeningRuleIds(ctx).filter((id) => safetyCauses.has(id));
  const lang = ctx.langChecks
    .filter((c) => c.status === 'confirmed' || (includePending && c.status === 'pending'))
    .map((c) => c.ruleId);
  return [...new Set([...ctx.safetyLock, ...screening, ...lang])];
}

export function routineBookingAllowed(ctx: IntakeContext): boolean {
  return (
    lockingRuleIds(ctx, { includePending: true }).length === 0 &&
    ctx.decision?.route !== 'crisis' &&
    ctx.decision?.route !== 'emergency'
  );
}
