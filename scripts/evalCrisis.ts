/**
 * Evaluates the shipped crisis detector on the labelled sets (npm run eval:crisis).
 *
 *   npx tsx scripts/evalCrisis.ts
 *
 * For each set: recall per kind and language, overall recall, kind agreement, false-positive rate
 * over the negatives, then the misses and false positives by id (file:line) and text, for
 * developers. The texts are labelled samples written for the sets, not user data.
 *
 * Sets (data/crisis/README.md says who wrote each and what it was used for): the project set and
 * the development sets are tuned on, so their figures are optimistic. A sealed set is the honest
 * estimate of recall on unseen text: its figures are printed, its texts never are, so that reading
 * this output cannot tune the lexicon on it.
 *
 * Exit code 1 when project-set recall is below 1.00 or its false-positive rate above 5%.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { crisisKinds } from '../machines/crisisKind';
import { evaluate, loadLabelledSet, ratio, type EvaluationReport, type Miss, type Tally } from '../src/crisis/evaluation';
import { lexiconCrisisDetector } from '../src/crisis/lexiconDetector';

const ROOT = resolve(__dirname, '..');
interface LabelledSetFile {
  readonly name: string;
  readonly path: string;
  readonly required: boolean;
  /** Figures only: the texts of misses and false positives are never printed. */
  readonly sealed?: boolean;
}

const data = (file: string): string => resolve(ROOT, 'data/crisis', file);
const SETS: readonly LabelledSetFile[] = [
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
export const REQUIRED_RECALL = 1;
export const MAX_FALSE_POSITIVE_RATE = 0.05;

const pct = (t: Tally): string => `${(ratio(t) * 100).toFixed(1).padStart(5)}%  (${t.detected}/${t.total})`;

function printReport(name: string, r: EvaluationReport, sealed: boolean): void {
  console.log(`\n=== ${name} ===`);
  console.log('recall by kind and language:');
  for (const kind of crisisKinds) {
    for (const lang of ['en', 'es']) {
      const t = r.recallByKindLang.get(`${kind}/${lang}`);
      if (t) console.log(`  ${`${kind}/${lang}`.padEnd(18)} ${pct(t)}`);
    }
  }
  console.log(`recall (all crisis lines)   ${pct(r.recall)}`);
  console.log(`kind agreement (detected)   ${pct(r.kindAgreement)}`);
  console.log(`false-positive rate         ${pct(r.falsePositives)}`);
  if (sealed) {
    console.log(`(sealed: ${r.misses.length} misses, ${r.wrongKind.length} of another kind, ${r.falsePositiveSamples.length} false positives; texts not shown)`);
    return;
  }
  const show = (label: string, list: readonly Miss[]): void => {
    if (list.length === 0) return;
    console.log(`${label}:`);
    for (const m of list) {
      const got = m.got ? ` -> ${m.got.kind} (${m.got.patternId})` : '';
      console.log(`  ${m.id}  [${m.expected}]${got}  ${JSON.stringify(m.text)}`);
    }
  };
  show('misses', r.misses);
  show('detected with another kind', r.wrongKind);
  show('false positives', r.falsePositiveSamples);
}

function main(): number {
  console.log(`crisis detector ${lexiconCrisisDetector.version}`);
  let exitCode = 0;
  for (const set of SETS) {
    if (!existsSync(set.path)) {
      if (set.required) throw new Error(`missing labelled set ${set.path}`);
      console.log(`\n=== ${set.name} === skipped: ${set.path} not found`);
      continue;
    }
    const report = evaluate(lexiconCrisisDetector, loadLabelledSet(set.path));
    printReport(set.name, report, set.sealed === true);
    if (set.name === 'project') {
      if (ratio(report.recall) < REQUIRED_RECALL || ratio(report.falsePositives) > MAX_FALSE_POSITIVE_RATE) {
        console.log(`\nFAIL: project set needs recall ${REQUIRED_RECALL.toFixed(2)} and false positives <= ${MAX_FALSE_POSITIVE_RATE * 100}%`);
        exitCode = 1;
      }
    }
  }
  return exitCode;
}

if (require.main === module) process.exitCode = main();
