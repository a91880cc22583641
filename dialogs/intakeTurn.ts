import { createActor, waitFor, type SnapshotFrom } from 'xstate';
import type { CrisisKind } from '../machines/crisisKind';
import { IntakeContext, type Locale } from '../machines/intake/intakeContext';
import type { IntakeEvent, Say } from '../machines/intake/intakeEvents';
import { intakeMachine, machineVersion } from '../machines/intake/intakeMachine';
import { isPromptId, type PromptId } from '../machines/intake/prompts';
import type { ContentCatalog } from '../src/content/contentCatalog';
import type { Resource } from '../src/content/resources';
import type { CrisisDetector, CrisisMatch } from '../src/crisis/crisisDetector';
import type { HandoffRecord, TranscriptEntry } from '../src/handoff/handoffRecord';
import { buildHandoff, handoffId } from '../src/handoff/buildHandoff';
import { traceFor } from '../machines/intake/decisionForContext';
import { interpretReply } from '../src/interpretation/interpretReply';
import type { Logger } from '../src/logging/logger';
import type { ConversationKeyer } from '../src/privacy/conversationKey';
import type { ProgramProfile } from '../src/profile/programProfile';
import { crisisHelpMessage } from '../src/rendering/crisisHelp';
import type { RenderedMessage } from '../src/rendering/renderedMessage';
import { promptChoices, renderTurn } from '../src/rendering/renderTurn';
import { textParams } from '../src/rendering/textParams';
import { schedulingActors } from '../src/scheduling/schedulingActors';
import { urgentCallbackDue } from '../src/scheduling/urgentCallbackDue';
import type { BookingStore } from '../src/storage/bookingStore';
import type { ConversationRecord, ConversationStore, StoredConversation } from '../src/storage/conversationStore';
import type { HandoffStore } from '../src/storage/handoffStore';
import type { OptOutStore } from '../src/storage/optOutStore';
import { EtagConflictError, StoredDataInvalidError } from '../src/storage/storageErrors';
import { withTimeout } from '../src/storage/withTimeout';
import { carrierKeywordTurn } from './carrierKeywordTurn';

/** One inbound activity, reduced to what the intake needs; no botbuilder types past this point. */
export interface TurnInput {
  channelId: string;
  conversationId: string;
  /** A message, or the start of a conversation (conversationUpdate with the user added). */
  kind: 'message' | 'start';
  text: string;
  /** The choice id of a pressed button or submitted card, when there was one. */
  choiceId?: string | undefined;
  /** The question that button belonged to. */
  choicePrompt?: string | undefined;
  locale?: string | undefined;
}

export interface TurnOutput {
  messages: RenderedMessage[];
  locale: Locale;
  /** The turn could not use storage; the messages are the safe fallback. */
  degraded: boolean;
}

export interface IntakeTurnDeps {
  conversations: ConversationStore;
  /** SMS numbers that texted STOP. */
  optOuts: OptOutStore;
  handoffs: HandoffStore;
  bookings: BookingStore;
  detector: CrisisDetector;
  catalog: ContentCatalog;
  profile: ProgramProfile;
  resources: ReadonlyMap<string, Resource>;
  logger: Logger;
  now: () => Date;
  storageTimeoutMs: number;
  /** SMS conversation ids can contain phone numbers, which must not become keys or log fields. */
  conversationKey: ConversationKeyer;
}

/** Transcripts keep the most recent entries; a conversation is short, this only bounds abuse. */
const maxTranscriptEntries = 400;

function localeOf(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

type IntakeSnapshot = SnapshotFrom<typeof intakeMachine>;

/**
 * One turn of the intake: crisis check first (pure, before any I/O), then restore, interpret,
 * run the machine until it waits again, render, save, and keep the handoff current.
 * If storage fails, the person still gets help: crisis resources, or our number and 988.
 */
export async function runIntakeTurn(input: TurnInput, deps: IntakeTurnDeps): Promise<TurnOutput> {
  const key = deps.conversationKey(input.channelId, input.conversationId);
  const crisis = input.kind === 'message' ? deps.detector.detect(input.text) : undefined;
  const log = deps.logger.child({ conversation: key, channel: input.channelId });
  if (crisis) log.warn({ crisisKind: crisis.kind, patternId: crisis.patternId, detector: deps.detector.version }, 'crisis language detected');

  // SMS keywords after the crisis check, so crisis language gets help even from an opted-out number.
  const keywords = await carrierKeywordTurn(
    { channelId: input.channelId, kind: input.kind, text: input.text, key, crisis, locale: localeOf(input.locale) },
    deps,
    log,
  );
  if (keywords.kind === 'answered') return { messages: keywords.messages, locale: keywords.locale, degraded: false };
  if (keywords.kind === 'storageDown') return fallbackTurn(input, crisis?.kind, deps);
  // START: confirm, then ask again whatever the intake was waiting on, as if the person had just arrived.
  const first = keywords.kind === 'resume' ? keywords.messages : [];
  const turn: TurnInput = keywords.kind === 'resume' ? { ...input, kind: 'start', text: '' } : input;

  for (let attempt = 1; ; attempt++) {
    try {
      const output = await attemptTurn(turn, key, crisis, deps, log);
      return { ...output, messages: [...first, ...output.messages] };
    } catch (err) {
      // Two turns of one conversation raced; replay this one on top of the other's result.
      if (err instanceof EtagConflictError && attempt < 3) {
        log.info({ attempt }, 'conversation changed during the turn; retrying');
        continue;
      }
      log.error({ err: errorSummary(err) }, 'turn failed; answering with the safe fallback');
      const fallback = fallbackTurn(input, crisis?.kind, deps);
      return { ...fallback, messages: [...first, ...fallback.messages] };
    }
  }
}

async function attemptTurn(
  input: TurnInput,
  key: string,
  crisis: CrisisMatch | undefined,
  deps: IntakeTurnDeps,
  log: Logger,
): Promise<TurnOutput> {
  const { stored, discarded } = await withTimeout(loadOrDiscard(key, deps, log), deps.storageTimeoutMs, 'load conversation');
  const snapshot = restorableSnapshot(stored, log);
  const now = deps.now();
  // Starting over without the snapshot must not forget a crisis, nor reuse a handoff id.
  const carry = !snapshot && (stored || discarded) ? await withTimeout(carryOver(key, deps), deps.storageTimeoutMs, 'read handoffs') : undefined;

  const machine = intakeMachine.provide({ actors: schedulingActors({ bookings: deps.bookings, profile: deps.profile, now: deps.now }, key) });
  const actor = createActor(machine, {
    ...(snapshot ? { snapshot } : {}),
    input: {
      locale: localeOf(input.locale),
      program: { minimumAge: deps.profile.ages.minimum, adolescentTrack: deps.profile.ages.adolescentTrack },
      ...(carry ? { carry } : {}),
    },
  });
  const says: Say[] = [];
  actor.on('say', (e) => says.push(e));
  actor.start();

  const before = actor.getSnapshot();
  // A second tap, or a button on an older message, belongs to a question already answered: it must not
  // answer the one asked now. Say so and ask the current question again.
  const stale = !crisis && input.choicePrompt !== undefined && input.choicePrompt !== currentPrompt(before);
  const event = stale ? undefined : eventFor(input, crisis, before, !snapshot, deps, now);
  if (event) actor.send(event);
  const after = await waitFor(actor, (s) => s.hasTag('prompt') || s.status !== 'active', {
    timeout: deps.storageTimeoutMs * 2,
  });
  // Persist before stopping: a stopped actor's snapshot says "stopped" and cannot be resumed.
  const persisted = actor.getPersistedSnapshot();
  actor.stop();

  const context = after.context;
  const promptId = currentPrompt(after);
  const messages = [...(stale ? [staleButtonNote(context.locale, deps)] : []), ...renderTurn(says, { promptId, context, now }, deps)];

  const at = now.toISOString();
  const transcript: TranscriptEntry[] = [
    ...(stored?.record.transcript ?? []),
    ...(input.kind === 'message' ? [{ from: 'user' as const, text: input.text, at }] : []),
    ...messages.map((m) => ({ from: 'bot' as const, text: transcriptText(m), at })),
  ].slice(-maxTranscriptEntries);

  const record: ConversationRecord = {
    id: key,
    machineVersion,
    snapshot: persisted,
    transcript,
    updatedAt: at,
  };
  await withTimeout(deps.conversations.save(record, stored?.etag), deps.storageTimeoutMs, 'save conversation');

  if (context.decision) {
    const handoff = buildHandoff({ key, channelId: input.channelId, context, transcript, profile: deps.profile, at });
    const existing = await withTimeout(deps.handoffs.get(handoff.id), deps.storageTimeoutMs, 'read handoff');
    await withTimeout(
      deps.handoffs.upsert({ ...handoff, createdAt: existing?.createdAt ?? at, ...callbackDue(handoff, existing, now, deps) }),
      deps.storageTimeoutMs,
      'write handoff',
    );
    log.info({ route: context.decision.route, priority: context.decision.priority, ruleIds: context.decision.ruleIds }, 'handoff written');
  } else if (context.langChecks.length > 0) {
    // A denied crisis check leaves no route, but the handoff already written must show the denial.
    const id = handoffId(key, context.run);
    const existing = await withTimeout(deps.handoffs.get(id), deps.storageTimeoutMs, 'read handoff');
    if (existing) {
      const update = { ...existing, ruleIds: traceFor(context), crisisLanguage: context.langChecks, transcript, updatedAt: at };
      await withTimeout(deps.handoffs.upsert(update), deps.storageTimeoutMs, 'write handoff');
    }
  }
  log.debug({ state: after.value, event: event?.type }, 'turn done');
  return { messages, locale: context.locale, degraded: false };
}

/** An urgent run keeps the deadline it got when it first became urgent; a routine one has none. */
function callbackDue(handoff: HandoffRecord, existing: HandoffRecord | undefined, now: Date, deps: IntakeTurnDeps): Pick<HandoffRecord, 'callbackDueBy'> {
  if (handoff.priority !== 'urgent') return {};
  const dueBy = existing?.callbackDueBy ?? urgentCallbackDue(now, deps.profile)?.dueBy;
  return dueBy ? { callbackDueBy: dueBy } : {};
}

/** A stored conversation that fails validation is discarded (and logged), not retried forever. */
async function loadOrDiscard(
  key: string,
  deps: IntakeTurnDeps,
  log: Logger,
): Promise<{ stored: StoredConversation | undefined; discarded: boolean }> {
  try {
    return { stored: await deps.conversations.load(key), discarded: false };
  } catch (err) {
    if (!(err instanceof StoredDataInvalidError)) throw err;
    log.warn({ issues: err.issues }, 'stored conversation is invalid; starting over');
    await deps.conversations.delete(key);
    return { stored: undefined, discarded: true };
  }
}

/** The next run number and the crisis lock, from the handoffs this conversation already has. */
async function carryOver(key: string, deps: IntakeTurnDeps): Promise<{ run: number; safetyLock: string[] }> {
  const handoffs = await deps.handoffs.list({ conversationId: key, limit: 200 });
  const runs = handoffs.map((h) => Number(/-(\d+)$/.exec(h.id)?.[1] ?? 0));
  const safetyLock = handoffs
    .filter((h) => h.route === 'crisis' || h.route === 'emergency')
    .flatMap((h) => h.ruleIds.filter((id) => id !== 'LANG-DENIED'));
  return { run: Math.max(0, ...runs) + 1, safetyLock: [...new Set(safetyLock)] };
}

function eventFor(
  input: TurnInput,
  crisis: CrisisMatch | undefined,
  snapshot: IntakeSnapshot,
  fresh: boolean,
  deps: IntakeTurnDeps,
  now: Date,
): IntakeEvent | undefined {
  if (input.kind === 'start') return undefined;
  if (crisis) return { type: 'crisis.detected', kind: crisis.kind, patternId: crisis.patternId };
  const promptId = currentPrompt(snapshot);
  const context = snapshot.context;
  const event = interpretReply(
    { text: input.text, choiceId: input.choiceId },
    {
      promptId,
      choices: promptId ? promptChoices(promptId, context, deps) : [],
      context,
      content: deps.catalog.file(context.locale),
      timeZone: deps.profile.timeZone,
      now,
    },
  );
  // A first "hi" on a channel with no conversationUpdate (SMS) just gets the welcome.
  if (fresh && event.type === 'user.unclear') return undefined;
  return event;
}

function staleButtonNote(locale: Locale, deps: IntakeTurnDeps): RenderedMessage {
  const text = deps.catalog.text(locale, 'reprompt.stale', textParams(deps.profile, deps.catalog, locale));
  return { text, choices: [], resources: [], isPrompt: false };
}

function currentPrompt(snapshot: IntakeSnapshot): PromptId | undefined {
  const metas = Object.values(snapshot.getMeta()) as { prompt?: unknown }[];
  const prompt = metas.map((m) => m.prompt).find(isPromptId);
  return prompt;
}

/** Snapshots of another machine version, or that fail validation, start over rather than crash. */
function restorableSnapshot(stored: StoredConversation | undefined, log: Logger): IntakeSnapshot | undefined {
  if (!stored) return undefined;
  if (stored.record.machineVersion !== machineVersion) {
    log.warn({ stored: stored.record.machineVersion, current: machineVersion }, 'snapshot from another machine version; starting over');
    return undefined;
  }
  const snap = stored.record.snapshot as { status?: unknown; context?: unknown } | null;
  if (!snap || snap.status !== 'active' || !IntakeContext.safeParse(snap.context).success) {
    log.warn('stored snapshot is not restorable; starting over');
    return undefined;
  }
  try {
    intakeMachine.resolveState(snap as never);
  } catch {
    log.warn('stored snapshot names unknown states; starting over');
    return undefined;
  }
  return snap as unknown as IntakeSnapshot;
}

function transcriptText(m: RenderedMessage): string {
  const choices = m.choices.length ? `\n[${m.choices.map((c) => c.label).join(' | ')}]` : '';
  return `${m.text}${choices}`;
}

/**
 * What a person gets when storage is down, slow or broken: crisis language still gets its
 * resources; anything else a short apology with the center's number and 988.
 */
export function fallbackTurn(input: TurnInput, crisisKind: CrisisKind | undefined, deps: Pick<IntakeTurnDeps, 'catalog' | 'profile' | 'resources'>): TurnOutput {
  const locale = localeOf(input.locale);
  const params = textParams(deps.profile, deps.catalog, locale);
  const messages: RenderedMessage[] = crisisKind ? [crisisHelpMessage(crisisKind, locale, deps)] : [];
  messages.push({
    text: deps.catalog.text(locale, 'fallback.storageDown', params),
    choices: [],
    resources: crisisKind ? [] : ['988'].flatMap((id) => deps.resources.get(id) ?? []),
    isPrompt: false,
  });
  return { messages, locale, degraded: true };
}

function errorSummary(err: unknown): { name: string; code?: string } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { name: err.name, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'unknown' };
}
