import { and, assign, emit, fromPromise, not, raise, setup } from 'xstate';
import { substanceIds, type QuestionId, type Reply, type ScreeningAnswers, type Substance } from '../routing/answers';
import { cssrsLevel } from '../routing/cssrs';
import { withdrawalQuestionsFor } from '../routing/medicalRules';
import type { RouteName } from '../routing/routes';
import {
  decisionFor,
  langRuleForKind,
  lockingRuleIds,
  routineBookingAllowed,
} from './decisionForContext';
import type { CallSlot, ChosenTime, IntakeContext, IntakeInput } from './intakeContext';
import type { IntakeEvent, Say } from './intakeEvents';
import { questionPrompts, topicIds, type PromptId } from './prompts';

/**
 * Bump when a change would make stored snapshots of the previous version unsafe to resume
 * (renamed states, context shape). The dialog starts those conversations over instead.
 */
export const machineVersion = 1;

export interface LoadSlotsInput {
  locale: string;
  /** Free slots inside this window (the person asked for a time in words), else the soonest ones. */
  window?: { from: string; to: string };
}

export interface BookCallInput {
  time: ChosenTime;
  contact: IntakeContext['contact'];
  run: number;
}
export type BookCallOutput = { ok: true; reference: string } | { ok: false; reason: 'full' };

const notProvided = (name: string) => {
  throw new Error(`The ${name} actor must be supplied with machine.provide()`);
};

function withReply(answers: ScreeningAnswers, q: QuestionId, reply: Reply): ScreeningAnswers {
  return { ...answers, replies: { ...answers.replies, [q]: reply } };
}

function isValidReply(q: QuestionId, value: string): value is Reply {
  return (questionPrompts[q].choices as readonly string[]).includes(value);
}

const isSubstance = (v: string): v is Substance => (substanceIds as readonly string[]).includes(v);

export function initialContext(input: IntakeInput, run = 1): IntakeContext {
  return {
    locale: input.locale,
    run,
    program: input.program,
    // Explicit undefineds: `assign` merges, and "start over" must clear these.
    subject: undefined,
    decision: undefined,
    chosenTime: undefined,
    booking: undefined,
    answers: { replies: {} },
    langChecks: [],
    screeningComplete: false,
    humanRequested: false,
    safetyLock: [],
    contact: {},
    offeredSlots: [],
    misses: 0,
  };
}

const say = (key: string) => ({ type: 'say', params: { key } }) as const;
/** Anything but a clear no to the confirming question confirms crisis language (routing-rules.md). */
const confirmCrisis = { target: 'flow.routed', actions: { type: 'resolveCrisis', params: { status: 'confirmed' } } } as const;
/** A state that waits for the person: tagged, naming its prompt, and a fresh count of unclear replies. */
const waitsFor = (prompt: PromptId) => ({ tags: 'prompt', meta: { prompt }, entry: 'resetMisses' }) as const;
const reply = (q: QuestionId, is?: Reply[]) => ({ type: 'reply', params: { q, is } }) as const;
const record = (q: QuestionId) => ({ type: 'record', params: { q } }) as const;
const chose = (value: string) => ({ type: 'chose', params: { value } }) as const;
const routeIs = (route: RouteName) => ({ type: 'routeIs', params: { route } }) as const;
const highWith = (q: QuestionId) => ({ type: 'cssrsHighWith', params: { q } }) as const;

export const intakeMachine = setup({
  types: {
    context: {} as IntakeContext,
    events: {} as IntakeEvent,
    input: {} as IntakeInput,
    emitted: {} as Say,
  },
  actors: {
    loadSlots: fromPromise<CallSlot[], LoadSlotsInput>(async () => notProvided('loadSlots')),
    bookCall: fromPromise<BookCallOutput, BookCallInput>(async () => notProvided('bookCall')),
  },
  guards: {
    /** A valid reply to question q (optionally one of `is`). */
    reply: ({ event }, { q, is }: { q: QuestionId; is?: Reply[] | undefined }) =>
      event.type === 'user.choose' && isValidReply(q, event.value) && (!is || is.includes(event.value)),
    /** Early stop: this reply makes the C-SSRS level high. */
    cssrsHighWith: ({ context, event }, { q }: { q: QuestionId }) =>
      event.type === 'user.choose' &&
      isValidReply(q, event.value) &&
      cssrsLevel(withReply(context.answers, q, event.value)).level === 'high',
    chose: ({ event }, { value }: { value: string }) => event.type === 'user.choose' && event.value === value,
    choseTopic: ({ event }) => event.type === 'user.choose' && (topicIds as readonly string[]).includes(event.value),
    choseSubstance: ({ event }) => event.type === 'user.choose' && isSubstance(event.value),
    choseOfferedTime: ({ context, event }) =>
      event.type === 'user.choose' &&
      (event.value === 'asap' || context.offeredSlots.some((s) => s.start === event.value)),
    choseDoneToo: ({ event }) => event.type === 'user.chooseMany' && event.values.includes('done'),
    needsQuestion: ({ context }, { q }: { q: 'WD-1' | 'WD-2' | 'WD-3a' }) =>
      withdrawalQuestionsFor(context.answers.substances ?? [])[q] && context.answers.replies[q] === undefined,
    routeIs: ({ context }, { route }: { route: RouteName }) => context.decision?.route === route,
    bookingAllowed: ({ context }) => routineBookingAllowed(context),
    /** Screening happens once per run: answers are never mixed; "start over" begins a new run. */
    alreadyScreened: ({ context }) => Object.keys(context.answers.replies).length > 0,
    /** Never collect contact data from a minor the program cannot serve. */
    mayCollectContact: ({ context }) => context.decision?.route !== 'not-eligible',
    booked: ({ event }) => (event as unknown as { output: BookCallOutput }).output.ok,
    askedForTime: ({ context }) => !!context.requestedWindow,
    /** Slots came back for the window the person asked for (else they are the soonest ones). */
    foundRequestedTime: ({ context, event }) => {
      const w = context.requestedWindow;
      const slots = (event as unknown as { output: CallSlot[] }).output;
      return !!w && slots.length > 0 && slots.every((s) => Date.parse(s.start) >= Date.parse(w.from) && Date.parse(s.start) < Date.parse(w.to));
    },
  },
  actions: {
    say: emit((_, { key }: { key: string }) => ({ type: 'say', key }) satisfies Say),
    record: assign(({ context, event }, { q }: { q: QuestionId }) =>
      event.type === 'user.choose' && isValidReply(q, event.value)
        ? { answers: withReply(context.answers, q, event.value) }
        : {},
    ),
    addSubstances: assign(({ context, event }) => {
      const picked =
        event.type === 'user.chooseMany' ? event.values : event.type === 'user.choose' ? [event.value] : [];
      const substances = new Set(context.answers.substances ?? []);
      picked.filter(isSubstance).forEach((s) => substances.add(s));
      return { answers: { ...context.answers, substances: [...substances] }, misses: 0 };
    }),
    recordAge: assign(({ context, event }) =>
      event.type === 'user.age'
        ? { answers: { ...context.answers, age: event.years, ageDeclined: false } }
        : { answers: { ...context.answers, age: undefined, ageDeclined: true } },
    ),
    completeScreening: assign({ screeningComplete: true }),
    decide: assign(({ context }) => {
      const decision = decisionFor(context);
      return { decision, safetyLock: lockingRuleIds({ ...context, decision }, { includePending: false }) };
    }),
    announceRoute: emit(({ context }) => ({ type: 'say', key: `route.${context.decision?.route ?? 'human'}` }) as Say),
    setSubject: assign(({ event }) => ({ subject: event.type === 'user.choose' && event.value === 'other' ? 'other' : 'self' }) as const),
    setName: assign(({ context, event }) =>
      event.type === 'user.name' ? { contact: { ...context.contact, firstName: event.name } } : {},
    ),
    setPhone: assign(({ context, event }) =>
      event.type === 'user.phone' ? { contact: { ...context.contact, phoneE164: event.e164, wantsCall: true } } : {},
    ),
    setTextOk: assign(({ context, event }) => ({
      contact: { ...context.contact, textOk: event.type === 'user.choose' && event.value === 'yes' },
    })),
    setVoicemail: assign(({ context, event }) => ({
      contact: { ...context.contact, voicemailMayNameProgram: event.type === 'user.choose' && event.value === 'yes' },
    })),
    declineCall: assign(({ context }) => ({ contact: { ...context.contact, wantsCall: false } })),
    setSlots: assign(({ event }) => ({ offeredSlots: (event as unknown as { output: CallSlot[] }).output, requestedWindow: undefined })),
    clearSlots: assign({ offeredSlots: [], requestedWindow: undefined }),
    requestWindow: assign(({ event }) => (event.type === 'user.requestTime' ? { requestedWindow: { from: event.from, to: event.to } } : {})),
    chooseTime: assign(({ event }) =>
      event.type === 'user.choose'
        ? { chosenTime: event.value === 'asap' ? ({ kind: 'asap' } as const) : ({ kind: 'slot', start: event.value } as const) }
        : {},
    ),
    setBooking: assign(({ context, event }) => {
      const output = (event as unknown as { output: BookCallOutput }).output;
      return output.ok && context.chosenTime ? { booking: { reference: output.reference, time: context.chosenTime } } : {};
    }),
    sayTopic: emit(({ event }) => ({ type: 'say', key: `topic.${event.type === 'user.choose' ? event.value : ''}` }) as Say),
    sayFaq: emit(({ event }) => ({ type: 'say', key: event.type === 'user.ask' && event.faqId ? `faq.${event.faqId}` : 'faq.unknown' }) as Say),
    noteCrisis: assign(({ context, event }) => {
      if (event.type !== 'crisis.detected') return {};
      const ruleId = langRuleForKind[event.kind];
      const others = context.langChecks.filter((c) => c.ruleId !== ruleId);
      const check = { ruleId, kind: event.kind, status: 'pending' as const, ...(event.patternId ? { patternId: event.patternId } : {}) };
      return { langChecks: [...others, check] };
    }),
    sayCrisisAcknowledgement: emit(({ context }) => {
      const pending = context.langChecks.find((c) => c.status === 'pending');
      return { type: 'say', key: `crisis.ack.${pending?.kind ?? 'suicide'}` } as Say;
    }),
    resolveCrisis: assign(({ context }, { status }: { status: 'confirmed' | 'denied' }) => ({
      langChecks: context.langChecks.map((c) => (c.status === 'pending' ? { ...c, status } : c)),
    })),
    requestHuman: assign({ humanRequested: true }),
    restart: assign(({ context }) => ({
      ...initialContext({ locale: context.locale, program: context.program }, context.run + 1),
      safetyLock: lockingRuleIds(context, { includePending: true }),
    })),
    setLocale: assign(({ event }) => (event.type === 'user.language' ? { locale: event.locale } : {})),
    countMiss: assign(({ context }) => ({ misses: context.misses + 1 })),
    resetMisses: assign({ misses: 0 }),
  },
}).createMachine({
  id: 'intake',
  context: ({ input }) => ({
    ...initialContext(input, input.carry?.run),
    safetyLock: input.carry?.safetyLock ?? [],
  }),
  initial: 'flow',
  // Interrupts that work in every state. Crisis language is detected by the dialog before the
  // machine sees a message; here it decides where the person goes next.
  on: {
    'crisis.detected': { target: '.crisisCheck', actions: ['noteCrisis', 'decide', 'sayCrisisAcknowledgement'] },
    'user.askHuman': { target: '.humanHelp' },
    'user.restart': { target: '.flow.welcome', reenter: true, actions: ['restart', say('restarted')] },
    'user.help': { actions: say('help') },
    'user.language': { actions: ['setLocale', say('languageChanged')] },
    // Anything a state does not accept lands here: re-prompt, and the renderer offers a person after two.
    'user.unclear': { actions: ['countMiss', say('unclear')] },
    'user.choose': { actions: ['countMiss', say('unclear')] },
    'user.chooseMany': { actions: ['countMiss', say('unclear')] },
    'user.name': { actions: ['countMiss', say('unclear')] },
    'user.phone': { actions: ['countMiss', say('unclear')] },
    'user.age': { actions: ['countMiss', say('unclear')] },
    'user.ask': { actions: ['countMiss', say('unclear')] },
  },
  states: {
    flow: {
      initial: 'welcome',
      states: {
        hist: { type: 'history', history: 'deep' },

        welcome: {
          tags: 'prompt',
          meta: { prompt: 'welcome' },
          entry: ['resetMisses', say('welcome')],
          on: {
            'user.choose': [
              { guard: chose('learn'), target: 'learn' },
              { guard: chose('checkFit'), target: 'forWhom' },
            ],
          },
        },

        learn: {
          initial: 'overview',
          states: {
            overview: { entry: say('learn.overview'), always: 'topics' },
            topics: {
              ...waitsFor('topics'),
              on: {
                'user.choose': [
                  { guard: 'choseTopic', actions: ['resetMisses', 'sayTopic'] },
                  { guard: and([chose('checkFit'), 'alreadyScreened']), target: '#intake.flow.finished', actions: say('alreadyScreened') },
                  { guard: chose('checkFit'), target: '#intake.flow.forWhom' },
                ],
                'user.ask': [
                  { guard: ({ event }) => event.faqId !== null, actions: ['resetMisses', 'sayFaq'] },
                  { actions: ['countMiss', 'sayFaq'] },
                ],
              },
            },
          },
        },

        forWhom: {
          ...waitsFor('forWhom'),
          on: {
            'user.choose': [
              { guard: chose('self'), target: 'screening', actions: ['setSubject', say('screening.intro')] },
              { guard: chose('other'), target: 'screening', actions: ['setSubject', say('screening.intro')] },
            ],
          },
        },

        // Order and skip logic exactly as routing-rules.md: the emergency question first, then the
        // C-SSRS screener with its early stop, harm to others, substances, withdrawal, flags, age.
        screening: {
          initial: 'MED-E1',
          states: {
            'MED-E1': {
              ...waitsFor('MED-E1'),
              on: {
                'user.choose': [
                  { guard: reply('MED-E1', ['yes']), target: '#intake.flow.routed', actions: record('MED-E1') },
                  { guard: reply('MED-E1'), target: 'Q1', actions: [record('MED-E1'), say('cssrs.intro')] },
                ],
              },
            },
            Q1: {
              ...waitsFor('Q1'),
              on: { 'user.choose': { guard: reply('Q1'), target: 'Q2', actions: record('Q1') } },
            },
            Q2: {
              ...waitsFor('Q2'),
              on: {
                'user.choose': [
                  { guard: reply('Q2', ['yes']), target: 'Q3', actions: record('Q2') },
                  { guard: reply('Q2'), target: 'Q6', actions: record('Q2') },
                ],
              },
            },
            Q3: {
              ...waitsFor('Q3'),
              on: { 'user.choose': { guard: reply('Q3'), target: 'Q4', actions: record('Q3') } },
            },
            Q4: {
              ...waitsFor('Q4'),
              on: {
                'user.choose': [
                  { guard: highWith('Q4'), target: '#intake.flow.routed', actions: record('Q4') },
                  { guard: reply('Q4'), target: 'Q5', actions: record('Q4') },
                ],
              },
            },
            Q5: {
              ...waitsFor('Q5'),
              on: {
                'user.choose': [
                  { guard: highWith('Q5'), target: '#intake.flow.routed', actions: record('Q5') },
                  { guard: reply('Q5'), target: 'Q6', actions: record('Q5') },
                ],
              },
            },
            Q6: {
              ...waitsFor('Q6'),
              on: {
                'user.choose': [
                  { guard: reply('Q6', ['yes']), target: 'Q6a', actions: record('Q6') },
                  { guard: reply('Q6'), target: 'HTO1', actions: record('Q6') },
                ],
              },
            },
            Q6a: {
              ...waitsFor('Q6a'),
              on: {
                'user.choose': [
                  { guard: highWith('Q6a'), target: '#intake.flow.routed', actions: record('Q6a') },
                  { guard: reply('Q6a'), target: 'HTO1', actions: record('Q6a') },
                ],
              },
            },
            HTO1: {
              ...waitsFor('HTO1'),
              on: {
                'user.choose': [
                  { guard: reply('HTO1', ['yes']), target: 'HTO2', actions: record('HTO1') },
                  { guard: reply('HTO1'), target: 'substances', actions: record('HTO1') },
                ],
              },
            },
            HTO2: {
              ...waitsFor('HTO2'),
              on: {
                // HTO-HIGH outranks everything still to ask but the emergency question, already asked.
                'user.choose': [
                  { guard: reply('HTO2', ['yes']), target: '#intake.flow.routed', actions: record('HTO2') },
                  { guard: reply('HTO2'), target: 'substances', actions: record('HTO2') },
                ],
              },
            },
            substances: {
              ...waitsFor('substances'),
              on: {
                'user.chooseMany': [
                  { guard: 'choseDoneToo', target: 'withdrawal', actions: 'addSubstances' },
                  { actions: 'addSubstances' },
                ],
                'user.choose': [
                  { guard: 'choseSubstance', actions: 'addSubstances' },
                  { guard: chose('done'), target: 'withdrawal' },
                ],
              },
            },
            // Which withdrawal question comes next depends on the substances named.
            withdrawal: {
              always: [
                { guard: { type: 'needsQuestion', params: { q: 'WD-1' } }, target: 'WD-1' },
                { guard: { type: 'needsQuestion', params: { q: 'WD-2' } }, target: 'WD-2' },
                { guard: { type: 'needsQuestion', params: { q: 'WD-3a' } }, target: 'WD-3a' },
                { target: 'FLAG-OD' },
              ],
            },
            'WD-1': {
              ...waitsFor('WD-1'),
              on: { 'user.choose': { guard: reply('WD-1'), target: 'withdrawal', actions: record('WD-1') } },
            },
            'WD-2': {
              ...waitsFor('WD-2'),
              on: { 'user.choose': { guard: reply('WD-2'), target: 'withdrawal', actions: record('WD-2') } },
            },
            'WD-3a': {
              ...waitsFor('WD-3a'),
              on: {
                'user.choose': [
                  { guard: reply('WD-3a', ['yes']), target: 'WD-3b', actions: record('WD-3a') },
                  { guard: reply('WD-3a'), target: 'withdrawal', actions: record('WD-3a') },
                ],
              },
            },
            'WD-3b': {
              ...waitsFor('WD-3b'),
              on: { 'user.choose': { guard: reply('WD-3b'), target: 'withdrawal', actions: record('WD-3b') } },
            },
            'FLAG-OD': {
              ...waitsFor('FLAG-OD'),
              on: { 'user.choose': { guard: reply('FLAG-OD'), target: 'FLAG-PREG', actions: record('FLAG-OD') } },
            },
            'FLAG-PREG': {
              ...waitsFor('FLAG-PREG'),
              on: { 'user.choose': { guard: reply('FLAG-PREG'), target: 'FLAG-MED', actions: record('FLAG-PREG') } },
            },
            'FLAG-MED': {
              ...waitsFor('FLAG-MED'),
              on: { 'user.choose': { guard: reply('FLAG-MED'), target: 'FLAG-HOME', actions: record('FLAG-MED') } },
            },
            'FLAG-HOME': {
              ...waitsFor('FLAG-HOME'),
              on: {
                'user.choose': [
                  { guard: reply('FLAG-HOME', ['no']), target: 'FLAG-HOME-DANGER', actions: record('FLAG-HOME') },
                  { guard: reply('FLAG-HOME'), target: 'age', actions: record('FLAG-HOME') },
                ],
              },
            },
            'FLAG-HOME-DANGER': {
              ...waitsFor('FLAG-HOME-DANGER'),
              on: { 'user.choose': { guard: reply('FLAG-HOME-DANGER'), target: 'age', actions: record('FLAG-HOME-DANGER') } },
            },
            age: {
              ...waitsFor('age'),
              on: {
                'user.age': { target: '#intake.flow.routed', actions: ['recordAge', 'completeScreening'] },
                'user.choose': { guard: chose('declined'), target: '#intake.flow.routed', actions: ['recordAge', 'completeScreening'] },
              },
            },
          },
        },

        routed: {
          initial: 'decide',
          states: {
            decide: {
              entry: 'decide',
              always: [
                { guard: routeIs('emergency'), target: 'emergencyPhone', actions: 'announceRoute' },
                { guard: routeIs('not-eligible'), target: '#intake.flow.finished', actions: 'announceRoute' },
                { guard: and([routeIs('assessment'), 'bookingAllowed']), target: '#intake.flow.booking', actions: 'announceRoute' },
                // After a crisis earlier in this conversation, never a routine slot: a counselor calls instead.
                { guard: routeIs('assessment'), target: 'callbackOffer', actions: say('route.assessmentLocked') },
                { target: 'callbackOffer', actions: 'announceRoute' },
              ],
            },
            emergencyPhone: {
              ...waitsFor('emergencyPhone'),
              on: {
                'user.phone': { target: '#intake.flow.finished', actions: ['setPhone', say('callback.confirmed')] },
                'user.choose': { guard: chose('skip'), target: '#intake.flow.finished', actions: ['declineCall', say('emergency.closing')] },
              },
            },
            callbackOffer: {
              ...waitsFor('callbackOffer'),
              on: {
                'user.choose': [
                  { guard: chose('yes'), target: 'callbackPhone' },
                  { guard: chose('no'), target: '#intake.flow.finished', actions: ['declineCall', say('callback.declined')] },
                ],
              },
            },
            callbackPhone: {
              ...waitsFor('callbackPhone'),
              on: {
                'user.phone': { target: '#intake.flow.finished', actions: ['setPhone', say('callback.confirmed')] },
                'user.choose': { guard: chose('skip'), target: '#intake.flow.finished', actions: ['declineCall', say('callback.declined')] },
              },
            },
          },
        },

        booking: {
          initial: 'firstName',
          // Structural, not a single check at routing time: however the person gets back here
          // (history after "talk to a person", a pending crisis check), booking is left at once
          // while routine booking is locked.
          always: { guard: not('bookingAllowed'), target: '#intake.flow.routed' },
          states: {
            firstName: {
              ...waitsFor('firstName'),
              on: { 'user.name': { target: 'phone', actions: 'setName' } },
            },
            phone: {
              ...waitsFor('phone'),
              on: { 'user.phone': { target: 'textOk', actions: 'setPhone' } },
            },
            textOk: {
              ...waitsFor('textOk'),
              on: {
                'user.choose': [
                  { guard: chose('yes'), target: 'voicemail', actions: 'setTextOk' },
                  { guard: chose('no'), target: 'voicemail', actions: 'setTextOk' },
                ],
              },
            },
            voicemail: {
              ...waitsFor('voicemail'),
              on: {
                'user.choose': [
                  { guard: chose('yes'), target: 'loadingSlots', actions: 'setVoicemail' },
                  { guard: chose('no'), target: 'loadingSlots', actions: 'setVoicemail' },
                ],
              },
            },
            loadingSlots: {
              invoke: {
                id: 'loadSlots',
                src: 'loadSlots',
                input: ({ context }) => ({ locale: context.locale, ...(context.requestedWindow ? { window: context.requestedWindow } : {}) }),
                onDone: [
                  { guard: 'foundRequestedTime', target: 'slot', actions: ['setSlots', say('slot.found')] },
                  // Asked for a time with nothing free: say so, and offer the soonest ones instead.
                  { guard: 'askedForTime', target: 'slot', actions: ['setSlots', say('slot.notFound')] },
                  { target: 'slot', actions: 'setSlots' },
                ],
                // No slots to show is not a dead end: "as soon as possible" is always offered.
                onError: { target: 'slot', actions: 'clearSlots' },
              },
            },
            slot: {
              ...waitsFor('slot'),
              on: {
                'user.choose': { guard: 'choseOfferedTime', target: 'confirm', actions: 'chooseTime' },
                'user.requestTime': { target: 'loadingSlots', actions: 'requestWindow' },
              },
            },
            confirm: {
              ...waitsFor('confirmBooking'),
              on: {
                'user.choose': [
                  { guard: chose('confirm'), target: 'booking' },
                  { guard: chose('change'), target: 'firstName' },
                ],
              },
            },
            booking: {
              invoke: {
                id: 'bookCall',
                src: 'bookCall',
                input: ({ context }) => ({
                  time: context.chosenTime ?? { kind: 'asap' },
                  contact: context.contact,
                  run: context.run,
                }),
                onDone: [
                  { guard: 'booked', target: '#intake.flow.finished', actions: ['setBooking', say('booking.confirmed')] },
                  { target: 'loadingSlots', actions: say('booking.slotTaken') },
                ],
                onError: { target: '#intake.flow.finished', actions: say('booking.failed') },
              },
            },
          },
        },

        finished: {
          ...waitsFor('finished'),
          on: {
            'user.choose': [
              { guard: chose('learn'), target: 'learn' },
              { guard: chose('restart'), actions: raise({ type: 'user.restart' }) },
            ],
          },
        },
      },
    },

    // One confirming question after crisis language. Yes, "rather not say", or anything but a
    // clear no confirms it (routing-rules.md); a clear no goes back to where the person was.
    crisisCheck: {
      tags: 'prompt',
      meta: { prompt: 'crisisConfirm' },
      on: {
        'user.choose': [
          {
            guard: chose('no'),
            target: 'flow.hist',
            actions: [{ type: 'resolveCrisis', params: { status: 'denied' } }, 'decide', say('crisis.denied')],
          },
          confirmCrisis,
        ],
        'crisis.detected': { target: 'flow.routed', actions: ['noteCrisis', { type: 'resolveCrisis', params: { status: 'confirmed' } }] },
        'user.unclear': confirmCrisis,
        'user.chooseMany': confirmCrisis,
        'user.name': confirmCrisis,
        'user.phone': confirmCrisis,
        'user.age': confirmCrisis,
        'user.ask': confirmCrisis,
      },
    },

    // "Talk to a person", from anywhere: the center's number and hours, and a callback offer.
    humanHelp: {
      entry: ['requestHuman', 'decide', say('human.contact')],
      initial: 'start',
      states: {
        start: {
          always: [{ guard: 'mayCollectContact', target: 'offer' }, { target: 'menu' }],
        },
        offer: {
          ...waitsFor('humanCallbackOffer'),
          on: {
            'user.choose': [
              { guard: chose('yes'), target: 'phone' },
              { guard: chose('no'), target: 'menu', actions: 'declineCall' },
            ],
          },
        },
        phone: {
          ...waitsFor('callbackPhone'),
          on: {
            'user.phone': { target: 'menu', actions: ['setPhone', say('callback.confirmed')] },
            'user.choose': { guard: chose('skip'), target: 'menu', actions: 'declineCall' },
          },
        },
        menu: {
          ...waitsFor('humanMenu'),
          on: {
            'user.choose': [
              { guard: chose('back'), target: '#intake.flow.hist' },
              { guard: chose('restart'), actions: raise({ type: 'user.restart' }) },
            ],
          },
        },
      },
    },
  },
});

export type IntakeMachine = typeof intakeMachine;
