/**
 * The labelled crisis-language sets (data/crisis/README.md says who wrote each and what it was for),
 * shared by the evaluation (evalCrisis.ts) and the n-gram model's training (trainCrisisModel.ts).
 * A sealed set is never trained or tuned on: the evaluation prints its figures, never its texts.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { loadLabelledSet, type LabelledSample } from '../src/crisis/evaluation';

const ROOT = resolve(__dirname, '..');
export interface LabelledSetFile {
  readonly name: string;
  readonly path: string;
  readonly required: boolean;
  /** Figures only: the texts of misses and false positives are never printed. */
  readonly sealed?: boolean;
}

const data = (file: string): string => resolve(ROOT, 'data/crisis', file);
export const CRISIS_SETS: readonly LabelledSetFile[] = [
  { name: 'project', path: data('crisis-language.jsonl'), required: true },
  { name: 'held-out (tuned on since its first run)', path: data('crisis-language.heldout.jsonl'), required: true },
  { name: 'shared dev (copy of ../shared)', path: data('shared-dev.jsonl'), required: true },
  // Written by authors who never saw the patterns; see data/crisis/README.md for each one's history.
  { name: 'blind A (independent author; tuned on)', path: data('blind-a.jsonl'), required: true },
  { name: 'blind B (independent author; tuned on)', path: data('blind-b.jsonl'), required: true },
  { name: 'blind C (young people, SMS; tuned on)', path: data('blind-c.jsonl'), required: true },
  { name: 'blind D (Spanish, many origins; tuned on)', path: data('blind-d.jsonl'), required: true },
  { name: 'blind E (families, older adults, long messages; tuned on)', path: data('blind-e.jsonl'), required: true },
  { name: 'blind F (active use, street words; tuned on)', path: data('blind-f.jsonl'), required: true },
  { name: 'blind I (replies inside the intake; tuned on)', path: data('blind-i.jsonl'), required: true },
  { name: 'blind J (stress typing, voice-to-text; tuned on)', path: data('blind-j.jsonl'), required: true },
  { name: 'blind L (mostly hard negatives; tuned on)', path: data('blind-l.jsonl'), required: true },
  { name: 'blind N (English indirect suicide and threats; tuned on)', path: data('blind-n.jsonl'), required: true },
  { name: 'blind O (rural, trucking, probation; tuned on)', path: data('blind-o.jsonl'), required: true },
  { name: 'blind P (2 a.m. from a car, a motel, a waiting room; tuned on)', path: data('blind-p.jsonl'), required: true },
  { name: 'blind Q (families writing for someone, late at night; tuned on)', path: data('blind-q.jsonl'), required: true },
  { name: 'blind R (Spanish, many origins, voice-to-text; tuned on)', path: data('blind-r.jsonl'), required: true },
  { name: 'blind T (active use: fentanyl, meth, alcohol, benzos; tuned on)', path: data('blind-t.jsonl'), required: true },
  { name: 'blind U (veterans, older adults, twelve-step rooms; tuned on)', path: data('blind-u.jsonl'), required: true },
  { name: 'blind W (students, young adults, gig workers, sober living; tuned on)', path: data('blind-w.jsonl'), required: true },
  { name: 'blind X (living with danger, threats with a target; tuned on)', path: data('blind-x.jsonl'), required: true },
  { name: 'blind Z (working people and families, es and en; tuned on)', path: data('blind-z.jsonl'), required: true },
  { name: 'blind Z2 (private adults, details not labels, en; tuned on)', path: data('blind-z2.jsonl'), required: true },
  { name: 'blind AA (co-occurring conditions, methadone and Suboxone clinics; tuned on)', path: data('blind-aa.jsonl'), required: true },
  { name: 'blind AB (Spanish-first, Caribbean to Spain, Spanglish; tuned on)', path: data('blind-ab.jsonl'), required: true },
  { name: 'blind AC (LGBTQ+, controlling partners, sex work, unhoused, just out of jail; tuned on)', path: data('blind-ac.jsonl'), required: true },
  { name: 'blind AG (professionals hiding use; tuned on)', path: data('blind-ag.jsonl'), required: true },
  { name: 'blind AH (every message 1 to 9 words; tuned on)', path: data('blind-ah.jsonl'), required: true },
  { name: 'blind AI (every message 45 to 120 words, rambling; tuned on)', path: data('blind-ai.jsonl'), required: true },
  { name: 'blind AJ (voice-to-text dictation; tuned on)', path: data('blind-aj.jsonl'), required: true },
  { name: 'blind AK (what people do and see, not what they name; tuned on)', path: data('blind-ak.jsonl'), required: true },
  { name: 'blind AL (Spanish speakers in the US, regional words; tuned on)', path: data('blind-al.jsonl'), required: true },
  { name: 'blind G (everyone; sealed)', path: data('blind-g.jsonl'), required: true, sealed: true },
  { name: 'blind H (everyone, own voices; sealed)', path: data('blind-h.jsonl'), required: true, sealed: true },
  { name: 'blind K (first messages a counsellor remembers; sealed)', path: data('blind-k.jsonl'), required: true, sealed: true },
  { name: 'blind M (a month of a bilingual city; sealed)', path: data('blind-m.jsonl'), required: true, sealed: true },
  { name: 'blind S (everyone, indirect wording; sealed)', path: data('blind-s.jsonl'), required: true, sealed: true },
  { name: 'blind V (a bilingual region, near-miss look-alikes; sealed)', path: data('blind-v.jsonl'), required: true, sealed: true },
  { name: 'blind Y (bystanders: what people see and hear; sealed)', path: data('blind-y.jsonl'), required: true, sealed: true },
  { name: 'blind AD (replies inside an intake under way; sealed)', path: data('blind-ad.jsonl'), required: true, sealed: true },
  { name: 'blind AE (13 to 24, and the adults around them; sealed)', path: data('blind-ae.jsonl'), required: true, sealed: true },
  { name: 'blind AF (50 and over, and those who care for them; sealed)', path: data('blind-af.jsonl'), required: true, sealed: true },
  { name: 'blind AM (everyone, an ordinary week; sealed)', path: data('blind-am.jsonl'), required: true, sealed: true },
  { name: 'blind AN (people nearby: what a loved one said, did or posted; sealed)', path: data('blind-an.jsonl'), required: true, sealed: true },
  { name: 'blind AO (early recovery and relapse, at night or at work; sealed)', path: data('blind-ao.jsonl'), required: true, sealed: true },
];

/** What the n-gram model trains on: every line of every set that is not sealed, in this file's order. */
export function trainingSamples(): { set: LabelledSetFile; samples: LabelledSample[] }[] {
  return CRISIS_SETS.filter((set) => set.sealed !== true).map((set) => ({ set, samples: loadLabelledSet(set.path) }));
}

/** sha256 over the training lines, so a model's header says exactly what it learned from. */
export function trainingFingerprint(sets: readonly { samples: readonly LabelledSample[] }[]): string {
  const hash = createHash('sha256');
  for (const { samples } of sets) {
    for (const { line } of samples) hash.update(JSON.stringify([line.text, line.lang, line.label, line.kind])).update('\n');
  }
  return hash.digest('hex');
}
