import { Locale } from '../machines/intake/intakeContext';
import { capabilitiesFor } from '../src/channels/channelCapabilities';
import { carrierKeyword, type CarrierKeyword } from '../src/channels/sms/carrierKeywords';
import type { ContentCatalog } from '../src/content/contentCatalog';
import type { Resource } from '../src/content/resources';
import type { CrisisMatch } from '../src/crisis/crisisDetector';
import type { Logger } from '../src/logging/logger';
import type { ProgramProfile } from '../src/profile/programProfile';
import { crisisHelpMessage } from '../src/rendering/crisisHelp';
import type { RenderedMessage } from '../src/rendering/renderedMessage';
import { textParams } from '../src/rendering/textParams';
import type { ConversationStore } from '../src/storage/conversationStore';
import type { OptOutStore } from '../src/storage/optOutStore';
import { withTimeout } from '../src/storage/withTimeout';

export interface KeywordTurnDeps {
  optOuts: OptOutStore;
  conversations: ConversationStore;
  catalog: ContentCatalog;
  profile: ProgramProfile;
  resources: ReadonlyMap<string, Resource>;
  now: () => Date;
  storageTimeoutMs: number;
}

export interface KeywordTurnInput {
  channelId: string;
  kind: 'message' | 'start';
  text: string;
  /** The opaque conversation key; the opt-out is stored under it. */
  key: string;
  crisis: CrisisMatch | undefined;
  /** The locale of the activity, used when the conversation's own is unknown. */
  locale: Locale;
}

/**
 * What the carrier keywords leave for the intake to do:
 * - `answered`: these messages are the whole reply (possibly none at all); the machine does not run;
 * - `resume`: send these, then the intake re-asks its current question without reading the text;
 * - `intake`: not ours; the intake runs as usual;
 * - `storageDown`: the opt-out state could not be read; answer with the safe fallback at once
 *   (crisis resources, or our number and 988) rather than wait on storage a second time.
 */
export type KeywordOutcome =
  | { kind: 'answered'; messages: RenderedMessage[]; locale: Locale }
  | { kind: 'resume'; messages: RenderedMessage[] }
  | { kind: 'intake' }
  | { kind: 'storageDown' };

const plain = (text: string): RenderedMessage => ({ text, choices: [], resources: [], isPrompt: false });

/**
 * SMS keywords (STOP, START, HELP…) on channels without buttons, before the machine runs and
 * after the crisis check. An opted-out number gets nothing, except crisis help for crisis
 * language and answers to the keywords themselves. Storage trouble never blocks crisis help:
 * when the opt-out cannot be read, the turn answers with the intake's safe fallback.
 */
export async function carrierKeywordTurn(input: KeywordTurnInput, deps: KeywordTurnDeps, log: Logger): Promise<KeywordOutcome> {
  if (input.kind !== 'message' || capabilitiesFor(input.channelId).buttons) return { kind: 'intake' };
  const keyword = input.crisis ? undefined : carrierKeyword(input.text);

  if (keyword === undefined) {
    const optedOut = await readOptOut(input.key, deps, log);
    if (optedOut === undefined) return { kind: 'storageDown' };
    if (!optedOut) return { kind: 'intake' };
    if (!input.crisis) {
      log.info('message from an opted-out SMS number; not answered');
      return { kind: 'answered', messages: [], locale: input.locale };
    }
    const locale = await conversationLocale(input, deps);
    return { kind: 'answered', messages: [crisisHelpMessage(input.crisis.kind, locale, deps)], locale };
  }

  // The language lookup and the opt-out write run together: a slow database costs one wait, not two.
  const [locale] = await Promise.all([conversationLocale(input, deps), record(keyword, input.key, deps, log)]);
  const t = (key: string) => deps.catalog.text(locale, key, textParams(deps.profile, deps.catalog, locale));
  switch (keyword) {
    case 'help':
      // Carriers require an answer to HELP whatever the subscription state.
      return { kind: 'answered', messages: [plain(t('sms.help'))], locale };
    case 'optOut':
      return { kind: 'answered', messages: [plain(t('sms.optOut'))], locale };
    case 'optIn':
      return { kind: 'resume', messages: [plain(t('sms.optIn'))] };
  }
}

/** Stores STOP or START. A failure is logged and the confirmation still goes out: the person asked, and the carrier enforces STOP too. */
async function record(keyword: CarrierKeyword, key: string, deps: KeywordTurnDeps, log: Logger): Promise<void> {
  if (keyword === 'help') return;
  try {
    const write = keyword === 'optOut' ? deps.optOuts.optOut(key, deps.now().toISOString()) : deps.optOuts.optIn(key);
    await withTimeout(write, deps.storageTimeoutMs, `record ${keyword}`);
    log.info({ keyword }, 'SMS keyword recorded');
  } catch (err) {
    log.error({ keyword, err: errorName(err) }, 'SMS keyword could not be stored');
  }
}

/** true / false, or undefined when storage could not say. */
async function readOptOut(key: string, deps: KeywordTurnDeps, log: Logger): Promise<boolean | undefined> {
  try {
    return await withTimeout(deps.optOuts.isOptedOut(key), deps.storageTimeoutMs, 'read opt-out');
  } catch (err) {
    log.warn({ err: errorName(err) }, 'SMS opt-out state unknown; answering with the safe fallback');
    return undefined;
  }
}

/** The conversation's own language (the person may have switched to Spanish), else the activity's. */
async function conversationLocale(input: KeywordTurnInput, deps: KeywordTurnDeps): Promise<Locale> {
  try {
    const stored = await withTimeout(deps.conversations.load(input.key), deps.storageTimeoutMs, 'load conversation');
    const snapshot = stored?.record.snapshot as { context?: { locale?: unknown } } | null | undefined;
    const parsed = Locale.safeParse(snapshot?.context?.locale);
    return parsed.success ? parsed.data : input.locale;
  } catch {
    return input.locale;
  }
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : 'unknown';
}
