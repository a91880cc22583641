import type { CrisisKind } from '../../machines/crisisKind';
import type { IntakeContext, Locale } from '../../machines/intake/intakeContext';
import type { Say } from '../../machines/intake/intakeEvents';
import { prompts, type PromptId } from '../../machines/intake/prompts';
import { crisisKindResources, extrasForDecision } from '../../machines/routing/resourcesForRoute';
import type { ContentCatalog, Params } from '../content/contentCatalog';
import type { Resource } from '../content/resources';
import type { ProgramProfile } from '../profile/programProfile';
import { DateTime } from 'luxon';
import { urgentCallbackDue } from '../scheduling/urgentCallbackDue';
import { describeHours, describeSlot } from './describeSchedule';
import type { Choice, RenderedMessage } from './renderedMessage';
import { textParams } from './textParams';

export interface RenderDeps {
  catalog: ContentCatalog;
  profile: ProgramProfile;
  resources: ReadonlyMap<string, Resource>;
}

export interface TurnView {
  /** The prompt the machine now waits on. */
  promptId: PromptId | undefined;
  context: IntakeContext;
  /** The time of this turn: an urgent callback is promised "today" or "on <next open day>" from it. */
  now: Date;
}

/** C-SSRS questions asked "in the past month" (routing-rules.md). */
const pastMonthQuestions = new Set(['Q1', 'Q2', 'Q3', 'Q4', 'Q5']);

/**
 * State → messages, purely: what the machine said this turn, then the question it waits on.
 * Wording comes from the content files; nothing here is user-facing text.
 */
export function renderTurn(says: readonly Say[], view: TurnView, deps: RenderDeps): RenderedMessage[] {
  const { context } = view;
  const locale = context.locale;
  const params = { ...textParams(deps.profile, deps.catalog, locale, context), callbackWhen: callbackWhen(view.now, deps, locale) };
  const messages = says.map((say) => renderSay(say, view, params, deps)).filter((m) => m.text.length > 0);
  if (view.promptId) messages.push(renderPrompt(view.promptId, context, params, deps));
  return messages;
}

/** "today, before 8:00 PM" or "on Mon, Nov 23, when we open (...)". */
function callbackWhen(now: Date, deps: RenderDeps, locale: Locale): string {
  const due = urgentCallbackDue(now, deps.profile);
  const hours = describeHours(deps.profile, locale);
  if (!due) return deps.catalog.text(locale, 'callbackWhen.nextDay', { day: '', hours });
  const at = DateTime.fromISO(due.dueBy, { setZone: true }).setLocale(locale);
  return due.sameDay
    ? deps.catalog.text(locale, 'callbackWhen.today', { time: at.toLocaleString(DateTime.TIME_SIMPLE) })
    : deps.catalog.text(locale, 'callbackWhen.nextDay', { day: at.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' }), hours });
}

function message(text: string, resources: Resource[] = []): RenderedMessage {
  return { text, choices: [], resources, isPrompt: false };
}

function resolveResources(ids: readonly string[], deps: RenderDeps): Resource[] {
  return ids.flatMap((id) => {
    const r = deps.resources.get(id);
    return r ? [r] : [];
  });
}

function renderSay(say: Say, view: TurnView, params: Params, deps: RenderDeps): RenderedMessage {
  const { catalog } = deps;
  const { context } = view;
  const locale = context.locale;
  const t = (key: string) => catalog.text(locale, key, params);

  if (say.key.startsWith('route.') && context.decision && say.key !== 'route.assessmentLocked') {
    const extras = extrasForDecision(context.decision, context.answers.substances ?? []);
    const parts = [t(say.key)];
    if (context.decision.route === 'not-eligible' && context.decision.ruleIds.includes('AGE-UNDER')) {
      parts.push(t('route.not-eligible.minor'));
    }
    parts.push(...extras.noteKeys.map(t));
    return message(parts.join('\n\n'), resolveResources(extras.resourceIds, deps));
  }
  if (say.key.startsWith('crisis.ack.')) {
    const kind = say.key.slice('crisis.ack.'.length) as CrisisKind;
    return message(t(say.key), resolveResources(crisisKindResources[kind] ?? ['988', '911'], deps));
  }
  if (say.key.startsWith('faq.') && say.key !== 'faq.unknown') {
    return message(catalog.faqAnswer(locale, say.key.slice('faq.'.length), params));
  }
  if (say.key === 'unclear') return message(unclearText(view, t, catalog));
  if (say.key === 'route.assessmentLocked') return message(t(say.key), resolveResources(['988'], deps));
  return message(t(say.key));
}

/**
 * A reply we could not read: what this question needs, where the content says so ("type the age as a
 * number"), else a plain "sorry"; after two misses, the offer of a person as well.
 */
function unclearText(view: TurnView, t: (key: string) => string, catalog: ContentCatalog): string {
  // Keyed by the kind of answer (name, phone, age), which several prompts share.
  const key = view.promptId ? `${prompts[view.promptId].kind}.invalid` : undefined;
  const specific = key && catalog.has(view.context.locale, key) ? t(key) : undefined;
  if (view.context.misses >= 2) return specific ? `${specific}\n${t('unclear.offerHuman')}` : t('unclear.offerHuman');
  return specific ?? t('unclear');
}

function questionText(promptId: PromptId, context: IntakeContext, params: Params, catalog: ContentCatalog): string {
  const locale = context.locale;
  const t = (key: string) => catalog.text(locale, key, params);
  const subject = context.subject ?? 'self';
  if (promptId === 'crisisConfirm') {
    const pending = context.langChecks.find((c) => c.status === 'pending');
    // About a loved one, "are you thinking about ending your life" would ask the wrong person.
    const aboutSelf = (pending?.kind === 'suicide' || pending?.kind === 'self-harm') && context.subject !== 'other';
    return t(aboutSelf ? 'crisisConfirm.suicide' : 'crisisConfirm.danger');
  }
  if (catalog.has(locale, `q.${promptId}.${subject}`)) {
    const question = t(`q.${promptId}.${subject}`);
    if (promptId === 'substances' && context.answers.substances?.length) {
      const selected = context.answers.substances.map((s) => catalog.file(locale).substances[s] ?? s).join(', ');
      return `${question}\n${catalog.text(locale, 'substances.sofar', { selected })}`;
    }
    return pastMonthQuestions.has(promptId) ? `${t('cssrs.pastMonth')}\n${question}` : question;
  }
  if (promptId === 'slot' && context.offeredSlots.length === 0) return `${t('slot.prompt')}\n${t('slot.none')}`;
  return t(`${promptId}.prompt`);
}

/** The choices a prompt offers right now; the dialog interprets the next reply against the same list. */
export function promptChoices(promptId: PromptId, context: IntakeContext, deps: RenderDeps): Choice[] {
  const locale: Locale = context.locale;
  const { catalog } = deps;
  const spec = prompts[promptId];
  const label = (id: string) => ({ id, label: catalog.choice(locale, id) });
  let choices: Choice[];
  switch (spec.kind) {
    case 'choice':
    case 'reply':
    case 'topics':
      choices = spec.choices.map(label);
      break;
    case 'substances': {
      const picked = new Set<string>(context.answers.substances ?? []);
      choices = spec.choices
        .filter((id) => !picked.has(id))
        .map((id) => (id === 'done' ? label(id) : { id, label: catalog.file(locale).substances[id] ?? id }));
      break;
    }
    case 'slot':
      choices = [
        ...context.offeredSlots.map((s) => ({ id: s.start, label: describeSlot(s.start, deps.profile, locale) })),
        label('asap'),
      ];
      break;
    case 'phone':
      choices = spec.skippable ? [label('skip')] : [];
      break;
    case 'age':
      choices = [{ id: 'declined', label: catalog.choice(locale, 'ageDeclined') }];
      break;
    case 'name':
      choices = [];
      break;
  }
  // After two replies we could not understand, a person is always one tap away.
  if (context.misses >= 2) choices.push(label('human'));
  return choices;
}

function renderPrompt(promptId: PromptId, context: IntakeContext, params: Params, deps: RenderDeps): RenderedMessage {
  return {
    text: questionText(promptId, context, params, deps.catalog),
    choices: promptChoices(promptId, context, deps),
    resources: [],
    isPrompt: true,
    promptId,
  };
}
