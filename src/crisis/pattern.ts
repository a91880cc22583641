import type { CrisisKind } from '../../machines/crisisKind';
import type { GuardId } from './guards';
import { requiredLiteralSets } from './requiredLiterals';

export type CrisisLang = 'en' | 'es';

/**
 * One entry of the crisis lexicon. The data modules (patterns.en.ts, patterns.es.ts) hold a list
 * of these; the detector (lexiconDetector.ts) only runs them.
 */
export interface CrisisPattern {
  /** Stable id, `<lang>.<kind>.<name>`: it goes into the handoff and the logs, never rename it. */
  readonly id: string;
  readonly kind: CrisisKind;
  readonly lang: CrisisLang;
  /** Matched against normalizeText() output, already wrapped in word boundaries (see pattern()). */
  readonly regex: RegExp;
  /**
   * The same regex split at its top-level alternatives, each with its own required literals: a
   * pattern of twenty phrasings then costs only the phrasings whose words are in the message.
   * The detector runs these; their matches are the matches of `regex` (and, where two phrasings start
   * at one place, each of them, so a vetoed one does not hide another).
   */
  readonly branches: readonly PatternBranch[];
  /** Guards that may veto a match of this pattern (guards.ts); checked in this order. */
  readonly guards: readonly GuardId[];
  /** Raw messages, as a person might type them, that must match this pattern (test/crisis checks). */
  readonly examples: readonly string[];
  /**
   * A broad rule that says a crisis is likely without saying which kind well (a gun in the message):
   * consulted only when no other pattern matches, so it never overrides a more specific kind.
   */
  readonly fallback: boolean;
}

export interface PatternBranch {
  readonly regex: RegExp;
  /**
   * Derived from the branch's source (requiredLiterals.ts): every match contains one literal of each
   * set, so the regex need not run on a message that lacks all of one set. Empty: the regex always runs.
   */
  readonly literalSets: readonly (readonly string[])[];
}

export interface PatternSpec {
  readonly id: string;
  readonly kind: CrisisKind;
  readonly guards: readonly GuardId[];
  /** Regex source over normalized text; words separated by single spaces. Use gap() between words. */
  readonly source: string;
  readonly examples: readonly string[];
  readonly fallback?: boolean;
}

/**
 * Zero to `n` whole words between two words of a phrase, e.g. `want ${gap(2)}die`
 * matches "want die", "want to die", "want to just die". Each word is at most 24 characters
 * and the count is bounded, so a gap can never backtrack more than n × 24 steps.
 */
export function gap(n: number): string {
  return `(?:[^ ]{1,24} ){0,${n}}`;
}

/**
 * Like gap(), but none of the skipped words may be a negation ("he never hits me" is not
 * "he hits me"). Used where the phrase itself carries the subject, so the negation guard,
 * which looks before the match, would not see it.
 */
export function gapNoNeg(n: number): string {
  return `(?:(?!(?:not|never|no|dont|doesnt|didnt|wont|wouldnt|isnt|hasnt|havent|nunca|jamas|ni) )[^ ]{1,24} ){0,${n}}`;
}

/** Alternation of plain words or phrases, for readable pattern sources. */
export function anyOf(...alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

export function definePatterns(lang: CrisisLang, specs: readonly PatternSpec[]): readonly CrisisPattern[] {
  return specs.map((spec) => {
    if (!spec.id.startsWith(`${lang}.${spec.kind}.`)) {
      throw new Error(`crisis pattern id ${spec.id} must start with ${lang}.${spec.kind}.`);
    }
    const bounded = (body: string) => `\\b(?:${body})\\b`;
    return {
      id: spec.id,
      kind: spec.kind,
      lang,
      // `g` so the detector can look past a vetoed occurrence to a later one in the same message.
      regex: new RegExp(bounded(spec.source), 'g'),
      branches: topLevelAlternatives(spec.source).map((branch) => {
        const source = bounded(branch);
        return { regex: new RegExp(source, 'g'), literalSets: requiredLiteralSets(source) };
      }),
      guards: spec.guards,
      examples: spec.examples,
      fallback: spec.fallback === true,
    };
  });
}

/** `a|(b|c)|[|]d` → `a`, `(b|c)`, `[|]d`: the alternatives of a source at depth 0. */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      i += 1;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      depth += 1;
    } else if (c === ')') {
      depth -= 1;
    } else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}
