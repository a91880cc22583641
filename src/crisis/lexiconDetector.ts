/**
 * The shipped crisis detector: the English and Spanish lexicons run over normalized text, each
 * match checked against the pattern's guards. Rule based, deterministic, explainable: a match says
 * which pattern fired, and explain() says which guard silenced which pattern.
 *
 * Cost: normalization is linear; each pattern is one regex with bounded gaps, run left to right
 * over a capped input (normalizeText.ts), so checking a message is linear in its length. A regex
 * only runs when the message contains, for each part of its phrase, one of the literals every match
 * must contain there (requiredLiterals.ts, found in one pass by literalScanner.ts), which leaves most
 * of the lexicon idle on an ordinary message.
 */
import type { CrisisKind } from '../../machines/crisisKind';
import { combineDetectors, URGENCY, urgencyRank, type CrisisDetector, type CrisisMatch } from './crisisDetector';
import { firstPersonReadings } from './firstPersonReading';
import { vetoingGuard, type GuardId } from './guards';
import { normalizeText } from './normalizeText';
import { literalScanner, scanText } from './literalScanner';
import type { CrisisPattern } from './pattern';
import { enPatterns } from './patterns.en';
import { enEmergencyPatterns } from './patterns.en.emergencies';
import { enHarmPatterns } from './patterns.en.harm';
import { esEmergencyPatterns } from './patterns.es.emergencies';
import { esPatterns } from './patterns.es';
import { enMeansPatterns, esMeansPatterns } from './patterns.means';
import { version } from './lexiconVersion';

export { combineDetectors, version };
export type { CrisisDetector, CrisisMatch };

/**
 * How many vetoed occurrences of one pattern one message may have. Each occurrence costs a guard
 * check, so a message made of one negated phrase repeated thousands of times would otherwise cost
 * thousands of checks. Past the budget the pattern counts as matched: a message that repeats a
 * crisis phrase this often earns the confirming question (bias to safety).
 */
export const MAX_VETOED_OCCURRENCES = 10;

/** Kinds whose rules also run on a message's first-person readings (firstPersonReading.ts). */
export const READ_IN_FIRST_PERSON: ReadonlySet<CrisisKind> = new Set<CrisisKind>(['suicide', 'self-harm', 'harm-others']);

/** Appended to a pattern id matched in a first-person reading, so the handoff shows how it was heard. */
export const THIRD_PERSON_SUFFIX = '/third-person';

export interface ExplainedMatch {
  /** With THIRD_PERSON_SUFFIX when the occurrence is in a first-person reading of the message. */
  readonly patternId: string;
  readonly kind: CrisisKind;
  readonly lang: 'en' | 'es';
  /** The guard that silenced this occurrence, or undefined when it counts (also past the budget). */
  readonly vetoedBy: GuardId | undefined;
}

export interface LexiconDetector extends CrisisDetector {
  readonly patterns: readonly CrisisPattern[];
  /**
   * For every pattern, its occurrences up to the first that counts, each with the guard that vetoed it:
   * for tests and the evaluation script. Ids only, never text.
   */
  explain(text: string): readonly ExplainedMatch[];
}

/** One normalized message, and which pattern alternatives may match in it. */
interface Scanned {
  readonly text: string;
  /** By alternative, in lexicon order: 1 where it has no literal sets, or the message meets each of them. */
  readonly allowed: Uint8Array;
  /** Results of whole-message guard tests, shared by every match in the message. */
  readonly messageTests: Map<RegExp, boolean>;
}

/** A pattern with the lexicon-order index of each of its alternatives. */
interface Indexed {
  readonly pattern: CrisisPattern;
  readonly ids: readonly number[];
}

function* occurrences({ pattern, ids }: Indexed, { text, allowed }: Scanned): Generator<{ start: number; end: number }> {
  for (const [k, branch] of pattern.branches.entries()) {
    if (allowed[ids[k] ?? -1] !== 1) continue;
    const re = branch.regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      yield { start: m.index, end: m.index + m[0].length };
      re.lastIndex = m.index + 1; // a vetoed occurrence may overlap a later one
    }
  }
}

/**
 * The pattern's occurrences in order, each with the guard that vetoed it, up to the first that counts
 * (no guard, or past the budget of vetoed ones): what detect() decides on and explain() reports.
 */
function* verdicts({ pattern, ids }: Indexed, message: Scanned): Generator<GuardId | undefined> {
  const { text, messageTests } = message;
  let vetoed = 0;
  for (const { start, end } of occurrences({ pattern, ids }, message)) {
    const vetoedBy = vetoed >= MAX_VETOED_OCCURRENCES ? undefined : vetoingGuard(pattern.guards, { text, start, end, kind: pattern.kind, messageTests });
    yield vetoedBy;
    if (vetoedBy === undefined) return;
    vetoed += 1;
  }
}

/** 'counts' when an occurrence counts; 'vetoed' when every occurrence was vetoed; 'absent' when there is none. */
function hear(indexed: Indexed, message: Scanned): 'counts' | 'vetoed' | 'absent' {
  let heard: 'vetoed' | 'absent' = 'absent';
  for (const vetoedBy of verdicts(indexed, message)) {
    if (vetoedBy === undefined) return 'counts';
    heard = 'vetoed';
  }
  return heard;
}

export function createLexiconDetector(patterns: readonly CrisisPattern[]): LexiconDetector {
  // Most urgent kind first; within a kind, the order of the data modules; fallback rules after all the
  // others. The first pattern with an occurrence no guard vetoes is the answer, so a message stops
  // being scanned as soon as it can.
  let next = 0;
  const rank = (p: CrisisPattern): number => (p.fallback ? URGENCY.length : 0) + urgencyRank(p.kind);
  const ordered: Indexed[] = [...patterns]
    .sort((a, b) => rank(a) - rank(b))
    .map((pattern) => ({ pattern, ids: pattern.branches.map(() => next++) }));
  // Literal of an alternative's first set → the alternatives that need it, so a message costs the
  // literals it contains, not a check of every alternative's list (the lexicon has over three thousand).
  const needing = new Map<string, number[]>();
  const alwaysRun: number[] = [];
  // An alternative's other sets (requiredLiterals.ts): each must also be met, checked after the first.
  const alsoNeeding: (readonly (readonly string[])[])[] = [];
  const literals = new Set<string>();
  for (const { pattern, ids } of ordered) {
    pattern.branches.forEach(({ literalSets: [first, ...rest] }, k) => {
      const id = ids[k] ?? -1;
      alsoNeeding[id] = rest;
      rest.forEach((set) => set.forEach((l) => literals.add(l)));
      if (!first) alwaysRun.push(id);
      first?.forEach((l) => {
        literals.add(l);
        const list = needing.get(l);
        if (list) list.push(id);
        else needing.set(l, [id]);
      });
    });
  }
  const findLiterals = literalScanner([...literals]);
  const scanNormalized = (text: string): Scanned => {
    const allowed = new Uint8Array(next);
    for (const i of alwaysRun) allowed[i] = 1;
    const found = findLiterals(scanText(text));
    const met = (set: readonly string[]): boolean => set.some((l) => found.has(l));
    for (const literal of found) {
      for (const i of needing.get(literal) ?? []) {
        if (allowed[i] === 0 && (alsoNeeding[i] ?? []).every(met)) allowed[i] = 1;
      }
    }
    return { text, allowed, messageTests: new Map() };
  };
  // A pattern none of whose alternatives may run is skipped without starting its scan.
  const mayMatch = ({ ids }: Indexed, { allowed }: Scanned): boolean => ids.some((i) => allowed[i] === 1);
  /** The first pattern of `list` heard in the message; patterns only vetoed there are added to `vetoed`. */
  const firstMatch = (list: readonly Indexed[], message: Scanned, suffix = '', vetoed?: Set<CrisisPattern>): CrisisMatch | undefined => {
    for (const indexed of list) {
      if (!mayMatch(indexed, message)) continue;
      const heard = hear(indexed, message);
      const { pattern } = indexed;
      if (heard === 'counts') return { kind: pattern.kind, patternId: pattern.id + suffix, lang: pattern.lang };
      if (heard === 'vetoed') vetoed?.add(pattern);
    }
    return undefined;
  };
  const primary = ordered.filter(({ pattern }) => !pattern.fallback);
  const fallbacks = ordered.filter(({ pattern }) => pattern.fallback);
  const readable = primary.filter(({ pattern }) => pattern.lang === 'en' && READ_IN_FIRST_PERSON.has(pattern.kind));
  return {
    version,
    patterns,
    detect(raw: string): CrisisMatch | undefined {
      const message = scanNormalized(normalizeText(raw));
      if (message.text === '') return undefined;
      const vetoedAsWritten = new Set<CrisisPattern>();
      const heard = firstMatch(primary, message, '', vetoedAsWritten);
      if (heard) return heard;
      // Only when the message as written said nothing: a reading drops who "he" is, so it must not
      // turn "gun in my lap and hes on his way home" (a threat to him) into the writer's own risk. And
      // a pattern a guard vetoed as written stays vetoed: "my son said hed rather die than sit in a
      // circle" is his idiom, which "id rather die than ..." would not read as.
      const stillOpen = readable.filter(({ pattern }) => !vetoedAsWritten.has(pattern));
      for (const reading of firstPersonReadings(message.text)) {
        const read = firstMatch(stillOpen, scanNormalized(reading), THIRD_PERSON_SUFFIX);
        if (read) return read;
      }
      return firstMatch(fallbacks, message);
    },
    explain(raw: string): readonly ExplainedMatch[] {
      const message = scanNormalized(normalizeText(raw));
      const out: ExplainedMatch[] = [];
      const explainIn = (list: readonly Indexed[], scanned: Scanned, suffix: string): void => {
        for (const indexed of list) {
          const { pattern } = indexed;
          for (const vetoedBy of verdicts(indexed, scanned)) out.push({ patternId: pattern.id + suffix, kind: pattern.kind, lang: pattern.lang, vetoedBy });
        }
      };
      explainIn(ordered, message, '');
      // As in detect(): a reading is heard only for the patterns absent from the message as written.
      const asWritten = new Set(out.map((m) => m.patternId));
      const absent = readable.filter(({ pattern }) => !asWritten.has(pattern.id));
      for (const reading of firstPersonReadings(message.text)) explainIn(absent, scanNormalized(reading), THIRD_PERSON_SUFFIX);
      return out;
    },
  };
}

export const lexiconPatterns: readonly CrisisPattern[] = [
  ...enPatterns,
  ...enHarmPatterns,
  ...enEmergencyPatterns,
  ...esPatterns,
  ...esEmergencyPatterns,
  ...enMeansPatterns,
  ...esMeansPatterns,
];
export const lexiconCrisisDetector: LexiconDetector = createLexiconDetector(lexiconPatterns);
