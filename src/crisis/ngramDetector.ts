/**
 * The n-gram crisis model as a CrisisDetector, to run beside the lexicon through combineDetectors
 * (CRISIS_MODEL=on; see appConfig.ts). The lexicon is the shipped detector and stands on its own;
 * the model only adds matches: wording no rule foresees, which is where the lexicon misses on text
 * it has never seen (data/crisis/README.md has the figures).
 *
 * Deterministic for a given model version. Its matches cite `ngram-model` and the detector's
 * version, never the text; explain() says which words moved the score, for developers only.
 */
import type { CrisisKind } from '../../machines/crisisKind';
import type { CrisisDetector, CrisisMatch } from './crisisDetector';
import { crisisProbability, mostLikelyKind, type NgramModel } from './ngramModel';
import { ngramFeatureWindows, type SparseVector } from './ngramFeatures';
import { normalizeText } from './normalizeText';

export const NGRAM_PATTERN_ID = 'ngram-model';

// Enough to tell the two languages apart for the match record; routing does not depend on it.
const SPANISH_WORDS = new Set(['que', 'de', 'el', 'la', 'los', 'las', 'y', 'mi', 'me', 'no', 'es', 'en', 'un', 'una', 'por', 'con', 'ya', 'se', 'lo', 'le', 'esta', 'estoy', 'pero', 'para', 'pa', 'q']);
const ENGLISH_WORDS = new Set(['the', 'i', 'im', 'my', 'and', 'to', 'is', 'it', 'a', 'of', 'in', 'me', 'he', 'she', 'but', 'for', 'with', 'just', 'dont', 'cant']);

function languageOf(words: readonly string[]): 'en' | 'es' {
  let balance = 0;
  for (const word of words) balance += (SPANISH_WORDS.has(word) ? 1 : 0) - (ENGLISH_WORDS.has(word) ? 1 : 0);
  return balance > 0 ? 'es' : 'en';
}

export interface NgramExplanation {
  readonly probability: number;
  readonly threshold: number;
  /** Of the most alarming window of a long message; -1 when it has none. */
  readonly windowProbability: number;
  readonly windowThreshold: number;
  /** Whether the message counts: its probability, or a window's, at or past its threshold. */
  readonly counts: boolean;
  readonly kind: CrisisKind;
  /** The words whose removal lowers the score most (its margin past the threshold), with how much: the person's words, never log them. */
  readonly strongestWords: readonly { readonly word: string; readonly drop: number }[];
}

export interface NgramDetector extends CrisisDetector {
  explain(text: string): NgramExplanation;
}

export interface NgramScore {
  readonly probability: number;
  /** Of the most alarming window; -1 for a message too short to have windows. */
  readonly windowProbability: number;
  /** How far past its threshold the message or its best window is (>= 0 counts), and the vector that went furthest. */
  readonly margin: number;
  readonly deciding: SparseVector;
}

export function scoreMessage(model: NgramModel, normalized: string): NgramScore {
  const { threshold, windowThreshold } = model.header;
  const { whole, windows } = ngramFeatureWindows(normalized);
  const probability = crisisProbability(model, whole);
  let score: NgramScore = { probability, windowProbability: -1, margin: probability - threshold, deciding: whole };
  for (const window of windows) {
    const p = crisisProbability(model, window);
    if (p > score.windowProbability) score = { ...score, windowProbability: p };
    if (p - windowThreshold > score.margin) score = { ...score, margin: p - windowThreshold, deciding: window };
  }
  return score;
}

export function createNgramDetector(model: NgramModel): NgramDetector {
  const { version, threshold } = model.header;
  return {
    version,
    detect(text: string): CrisisMatch | undefined {
      const normalized = normalizeText(text);
      const { margin, deciding } = scoreMessage(model, normalized);
      if (margin < 0) return undefined;
      return { kind: mostLikelyKind(model, deciding), patternId: NGRAM_PATTERN_ID, lang: languageOf(normalized.split(' ')) };
    },
    explain(text: string): NgramExplanation {
      const normalized = normalizeText(text);
      const score = scoreMessage(model, normalized);
      const words = normalized.split(' ');
      // Each distinct word left out everywhere it occurs: one rescoring per word, not per occurrence.
      const strongestWords = [...new Set(words)]
        .filter((word) => word !== '.')
        .map((word) => ({ word, drop: score.margin - scoreMessage(model, words.map((w) => (w === word ? '.' : w)).join(' ')).margin }))
        .sort((a, b) => b.drop - a.drop)
        .slice(0, 5);
      return {
        probability: score.probability,
        threshold,
        windowProbability: score.windowProbability,
        windowThreshold: model.header.windowThreshold,
        counts: score.margin >= 0,
        kind: mostLikelyKind(model, score.deciding),
        strongestWords,
      };
    },
  };
}
