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
 * Then the same figures with the n-gram model beside the lexicon (CRISIS_MODEL=true): one line per
 * set, and the totals over the sealed sets for both. The model is trained on every set that is not
 * sealed, so only its sealed figures say anything about unseen text.
 *
 * Exit code 1 when project-set recall is below 1.00 or its false-positive rate above 5%.
 */
import { existsSync } from 'node:fs';
import { crisisKinds } from '../machines/crisisKind';
import { evaluate, loadLabelledSet, ratio, type EvaluationReport, type Miss, type Tally } from '../src/crisis/evaluation';
import { combineDetectors } from '../src/crisis/crisisDetector';
import { lexiconCrisisDetector } from '../src/crisis/lexiconDetector';
import { createNgramDetector } from '../src/crisis/ngramDetector';
import { loadNgramModel } from '../src/crisis/ngramModel';
import { CRISIS_SETS } from './crisisSets';

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

const add = (a: Tally, b: Tally): Tally => ({ total: a.total + b.total, detected: a.detected + b.detected });

function main(): number {
  console.log(`crisis detector ${lexiconCrisisDetector.version}`);
  const withModel = combineDetectors(lexiconCrisisDetector, createNgramDetector(loadNgramModel()));
  const modelLines: string[] = [];
  const sealed = { lexicon: { recall: { total: 0, detected: 0 }, fp: { total: 0, detected: 0 } }, withModel: { recall: { total: 0, detected: 0 }, fp: { total: 0, detected: 0 } } };
  let exitCode = 0;
  for (const set of CRISIS_SETS) {
    if (!existsSync(set.path)) {
      if (set.required) throw new Error(`missing labelled set ${set.path}`);
      console.log(`\n=== ${set.name} === skipped: ${set.path} not found`);
      continue;
    }
    const samples = loadLabelledSet(set.path);
    const report = evaluate(lexiconCrisisDetector, samples);
    printReport(set.name, report, set.sealed === true);
    const combined = evaluate(withModel, samples);
    modelLines.push(`  ${set.name.padEnd(60)} recall ${pct(combined.recall)}  false positives ${pct(combined.falsePositives)}  kind agreement ${pct(combined.kindAgreement)}`);
    if (set.sealed === true) {
      sealed.lexicon = { recall: add(sealed.lexicon.recall, report.recall), fp: add(sealed.lexicon.fp, report.falsePositives) };
      sealed.withModel = { recall: add(sealed.withModel.recall, combined.recall), fp: add(sealed.withModel.fp, combined.falsePositives) };
    }
    if (set.name === 'project') {
      if (ratio(report.recall) < REQUIRED_RECALL || ratio(report.falsePositives) > MAX_FALSE_POSITIVE_RATE) {
        console.log(`\nFAIL: project set needs recall ${REQUIRED_RECALL.toFixed(2)} and false positives <= ${MAX_FALSE_POSITIVE_RATE * 100}%`);
        exitCode = 1;
      }
    }
  }
  console.log(`\n=== with the n-gram model beside the lexicon (${withModel.version}; CRISIS_MODEL=true) ===`);
  console.log('(trained on every set that is not sealed: only the sealed figures estimate unseen text)');
  for (const line of modelLines) console.log(line);
  console.log('\n=== all sealed sets together ===');
  console.log(`  lexicon alone          recall ${pct(sealed.lexicon.recall)}  false positives ${pct(sealed.lexicon.fp)}`);
  console.log(`  lexicon + n-gram model recall ${pct(sealed.withModel.recall)}  false positives ${pct(sealed.withModel.fp)}`);
  return exitCode;
}

if (require.main === module) process.exitCode = main();
