import { crisisKinds, type CrisisKind } from '../../machines/crisisKind';
import type { IntakeContext, Locale } from '../../machines/intake/intakeContext';
import type { Say } from '../../machines/intake/intakeEvents';
import { prompts, topicIds, type PromptId } from '../../machines/intake/prompts';
import type { RouteDecision } from '../../machines/routing/decideRoute';
import { routeNames } from '../../machines/routing/routes';
import { mergeResources } from '../../src/content/resources';
import type { RenderedMessage } from '../../src/rendering/renderedMessage';
import { renderTurn } from '../../src/rendering/renderTurn';
import { catalog, profile } from '../support/contentText';

/** A Monday morning in the program's time zone: the urgent callback reads "today, before ...". */
const renderedAt = new Date('2026-11-23T15:00:00Z');

/**
 * Every message the intake can send, as the renderer receives it: each prompt in each language,
 * for the person and for a loved one, before and after two misunderstood replies (when "talk to
 * a person" joins the choices), and each thing the machine can say, routes with the most notes
 * and resources their rules can add.
 */
export interface RenderCase {
  name: string;
  locale: Locale;
  messages: RenderedMessage[];
}

export const locales: readonly Locale[] = ['en', 'es'];
const deps = { catalog, profile, resources: mergeResources(profile.resources) };

/** The profile allows up to eight offered call slots; the renderer must cope with all of them. */
const offeredSlots = Array.from({ length: 8 }, (_, i) => ({
  start: `2026-11-2${3 + Math.floor(i / 4)}T${String(10 + (i % 4)).padStart(2, '0')}:30:00-05:00`,
}));

function context(locale: Locale, overrides: Partial<IntakeContext> = {}): IntakeContext {
  return {
    locale,
    run: 1,
    program: { minimumAge: profile.ages.minimum, adolescentTrack: profile.ages.adolescentTrack },
    subject: 'self',
    answers: { replies: {} },
    langChecks: [],
    screeningComplete: true,
    humanRequested: false,
    safetyLock: [],
    // The longest name the intake accepts, with accents: in English too, a confirmation is then UCS-2 on SMS.
    contact: { firstName: 'María-José-Guadalupe-Esperanza', phoneE164: '+16175550123', textOk: true, voicemailMayNameProgram: false },
    offeredSlots,
    chosenTime: { kind: 'slot', start: offeredSlots[0]?.start ?? '' },
    booking: { reference: 'K7M2QX', time: { kind: 'slot', start: offeredSlots[0]?.start ?? '' } },
    misses: 0,
    ...overrides,
  };
}

/** Variants of the context that change what a prompt shows. */
function promptContexts(promptId: PromptId, locale: Locale): [string, IntakeContext][] {
  const variants: [string, IntakeContext][] = [];
  for (const subject of ['self', 'other'] as const) {
    for (const misses of [0, 2]) variants.push([`${subject}, ${misses} misses`, context(locale, { subject, misses })]);
  }
  if (promptId === 'substances') {
    variants.push(['some picked', context(locale, { answers: { replies: {}, substances: ['alcohol', 'opioids', 'sedatives'] } })]);
  }
  if (promptId === 'crisisConfirm') {
    for (const kind of crisisKinds) {
      variants.push([`pending ${kind}`, context(locale, { langChecks: [{ ruleId: `LANG-${kind}`, kind, status: 'pending' }] })]);
    }
  }
  if (promptId === 'slot') variants.push(['no slots', context(locale, { offeredSlots: [] })]);
  if (promptId === 'confirmBooking') variants.push(['asap', context(locale, { chosenTime: { kind: 'asap' } })]);
  return variants;
}

export function promptCases(): RenderCase[] {
  return locales.flatMap((locale) =>
    (Object.keys(prompts) as PromptId[]).flatMap((promptId) =>
      promptContexts(promptId, locale).map(([variant, ctx]) => ({
        name: `prompt ${promptId} (${locale}, ${variant})`,
        locale,
        messages: renderTurn([], { promptId, context: ctx, now: renderedAt }, deps),
      })),
    ),
  );
}

/** The most a route message can carry: every rule that adds a note or a resource. */
const loudRules = ['CSSRS-HIGH', 'CSSRS-LOW', 'LANG-SUICIDE', 'LANG-DANGER', 'FLAG-OD', 'FLAG-HOME', 'FLAG-PREG', 'AGE-UNDER'];

function decision(route: RouteDecision['route'], ruleIds: string[]): RouteDecision {
  return { route, priority: 'urgent', ruleIds };
}

/** Every key the machine emits as `say`, with the context each needs. */
export function sayCases(): RenderCase[] {
  const staticKeys = [
    'welcome', 'restarted', 'help', 'languageChanged', 'learn.overview', 'alreadyScreened', 'screening.intro', 'cssrs.intro',
    'route.assessmentLocked', 'emergency.closing', 'callback.confirmed', 'callback.declined', 'human.contact',
    'booking.confirmed', 'booking.slotTaken', 'booking.failed', 'crisis.denied', 'unclear', 'faq.unknown',
  ];
  const cases: RenderCase[] = [];
  const add = (name: string, locale: Locale, key: string, ctx: IntakeContext) => {
    const say: Say = { type: 'say', key };
    cases.push({ name: `say ${name} (${locale})`, locale, messages: renderTurn([say], { promptId: undefined, context: ctx, now: renderedAt }, deps) });
  };
  for (const locale of locales) {
    for (const key of staticKeys) add(key, locale, key, context(locale));
    add('unclear after two misses', locale, 'unclear', context(locale, { misses: 2 }));
    add('booking.confirmed asap', locale, 'booking.confirmed', context(locale, { booking: { reference: 'K7M2QX', time: { kind: 'asap' } } }));
    for (const topic of topicIds) add(`topic.${topic}`, locale, `topic.${topic}`, context(locale));
    for (const faq of Object.keys(catalog.file(locale).faq)) add(`faq.${faq}`, locale, `faq.${faq}`, context(locale));
    for (const kind of crisisKinds as readonly CrisisKind[]) add(`crisis.ack.${kind}`, locale, `crisis.ack.${kind}`, context(locale));
    for (const route of routeNames) {
      add(`route.${route} (no rules)`, locale, `route.${route}`, context(locale, { decision: decision(route, []) }));
      add(`route.${route} (every rule)`, locale, `route.${route}`, context(locale, {
        decision: decision(route, loudRules),
        answers: { replies: {}, substances: ['opioids'] },
      }));
    }
  }
  return cases;
}

export const allCases = (): RenderCase[] => [...promptCases(), ...sayCases()];
