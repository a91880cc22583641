import type { CrisisKind } from '../../machines/crisisKind';

/**
 * What a detector reports: the kind of crisis and the id of the rule (or model) that saw it.
 * Never the matched words: ids and kinds are safe to log and to put in a handoff; the text is not.
 */
export interface CrisisMatch {
  kind: CrisisKind;
  patternId: string;
  lang: 'en' | 'es';
}

/**
 * Checks one inbound message for crisis language, before the conversation machine sees it.
 * Implementations must be deterministic for a given `version`, fast (well under a millisecond for
 * a chat message) and must not log the text.
 */
export interface CrisisDetector {
  readonly version: string;
  detect(text: string): CrisisMatch | undefined;
}

/**
 * Most urgent first. When one message matches several kinds, the first of these wins:
 * - overdose-now and medical-now: a body failing right now; minutes matter, the answer is 911
 *   (and naloxone, Poison Help), so they outrank everything else. An overdose first, because
 *   naloxone given at once can reverse it.
 * - suicide: a risk to life, possibly imminent; 988 or 911.
 * - harm-others: a risk to someone else's life.
 * - abuse-danger: the person is in danger from someone; may also be imminent, but the writer is
 *   usually able to act (the resources and the confirming question come first either way).
 * - self-harm: serious and always followed up, but rarely life-threatening in itself; self-harm
 *   meant to end a life is caught by the suicide patterns, and bleeding that will not stop by
 *   medical-now.
 */
export const URGENCY: readonly CrisisKind[] = [
  'overdose-now',
  'medical-now',
  'suicide',
  'harm-others',
  'abuse-danger',
  'self-harm',
];

export function urgencyRank(kind: CrisisKind): number {
  return URGENCY.indexOf(kind);
}

/** The more urgent of two matches; the first one on a tie. */
export function mostUrgent(a: CrisisMatch | undefined, b: CrisisMatch | undefined): CrisisMatch | undefined {
  if (!a) return b;
  if (!b) return a;
  return urgencyRank(b.kind) < urgencyRank(a.kind) ? b : a;
}

/**
 * Runs several detectors (say, the shipped lexicon and a center's classifier) and reports the most
 * urgent match; on a tie, the detector listed first wins. Every detector runs on every message,
 * so a classifier can only add matches, never hide one of the lexicon's.
 */
export function combineDetectors(...detectors: readonly CrisisDetector[]): CrisisDetector {
  return {
    version: detectors.map((d) => d.version).join('+'),
    detect(text: string): CrisisMatch | undefined {
      let best: CrisisMatch | undefined;
      for (const detector of detectors) best = mostUrgent(best, detector.detect(text));
      return best;
    },
  };
}
