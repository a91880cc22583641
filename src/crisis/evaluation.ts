/**
 * Labelled crisis-language sets and how a detector scores on them. Used by the evaluation script
 * (scripts/evalCrisis.ts) and the tests; never at run time. The sample texts are labelled examples,
 * not user data, which is why the report may carry them.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CrisisKind, crisisKinds } from '../../machines/crisisKind';
import type { CrisisDetector, CrisisMatch } from './crisisDetector';

export const NoneKind = z.enum(['benign', 'figurative', 'history', 'negated']);

/** One line of a labelled set: the format of ../shared/clinical/crisis-language.dev.jsonl. */
export const LabelledLine = z.discriminatedUnion('label', [
  z.object({ text: z.string(), lang: z.enum(['en', 'es']), label: z.literal('crisis'), kind: CrisisKind }),
  z.object({ text: z.string(), lang: z.enum(['en', 'es']), label: z.literal('none'), kind: NoneKind }),
]);
export type LabelledLine = z.infer<typeof LabelledLine>;

export interface LabelledSample {
  /** `<file name>:<line number>` */
  readonly id: string;
  readonly line: LabelledLine;
}

export function parseLabelledSet(jsonl: string, name: string): LabelledSample[] {
  const samples: LabelledSample[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const id = `${name}:${i + 1}`;
    const parsed = LabelledLine.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${id}: not a labelled line: ${parsed.error.message}`);
    samples.push({ id, line: parsed.data });
  });
  return samples;
}

export function loadLabelledSet(path: string): LabelledSample[] {
  return parseLabelledSet(readFileSync(path, 'utf8'), path.split('/').pop() ?? path);
}

export interface Tally {
  readonly total: number;
  readonly detected: number;
}

export interface Miss {
  readonly id: string;
  readonly text: string;
  readonly expected: string;
  readonly got?: CrisisMatch;
}

export interface EvaluationReport {
  /** Recall over crisis lines, by `${kind}/${lang}`; kinds with no line in the set are absent. */
  readonly recallByKindLang: ReadonlyMap<string, Tally>;
  readonly recall: Tally;
  /** Crisis lines detected with the labelled kind (the kind decides 911 or 988). */
  readonly kindAgreement: Tally;
  /** Negatives (label none) that were detected. */
  readonly falsePositives: Tally;
  readonly misses: readonly Miss[];
  readonly wrongKind: readonly Miss[];
  readonly falsePositiveSamples: readonly Miss[];
}

export const ratio = (t: Tally): number => (t.total === 0 ? 1 : t.detected / t.total);

export function evaluate(detector: CrisisDetector, samples: readonly LabelledSample[]): EvaluationReport {
  const byKindLang = new Map<string, { total: number; detected: number }>();
  for (const kind of crisisKinds) for (const lang of ['en', 'es']) byKindLang.set(`${kind}/${lang}`, { total: 0, detected: 0 });
  let crisisTotal = 0, crisisDetected = 0, kindSame = 0, negTotal = 0, negDetected = 0;
  const misses: Miss[] = [], wrongKind: Miss[] = [], falsePositiveSamples: Miss[] = [];

  for (const { id, line } of samples) {
    const got = detector.detect(line.text);
    if (line.label === 'crisis') {
      const cell = byKindLang.get(`${line.kind}/${line.lang}`);
      crisisTotal += 1;
      if (cell) cell.total += 1;
      if (!got) {
        misses.push({ id, text: line.text, expected: line.kind });
        continue;
      }
      crisisDetected += 1;
      if (cell) cell.detected += 1;
      if (got.kind === line.kind) kindSame += 1;
      else wrongKind.push({ id, text: line.text, expected: line.kind, got });
    } else {
      negTotal += 1;
      if (got) {
        negDetected += 1;
        falsePositiveSamples.push({ id, text: line.text, expected: `none/${line.kind}`, got });
      }
    }
  }
  for (const [key, tally] of byKindLang) if (tally.total === 0) byKindLang.delete(key);
  return {
    recallByKindLang: byKindLang,
    recall: { total: crisisTotal, detected: crisisDetected },
    kindAgreement: { total: crisisDetected, detected: kindSame },
    falsePositives: { total: negTotal, detected: negDetected },
    misses,
    wrongKind,
    falsePositiveSamples,
  };
}
