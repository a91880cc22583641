/**
 * Trains the n-gram crisis model (src/crisis/ngramModel.ts) on every labelled set that is not sealed,
 * and writes data/crisis/ngram-model.json and ngram-model.weights.gz.
 *
 *   npm run train:crisis-model -- 1.0.1
 *
 * The argument is the new model version. Run it whenever a labelled set changes: a test compares
 * the model's training fingerprint with the sets. Deterministic: the same sets give the same model.
 *
 * The threshold is set on held-out folds, never on a sealed set: the sets are split into five folds
 * (each independent author's set whole in one fold, the project's lines spread over all five), a
 * crisis model is trained on four and scores the fifth, and the threshold is the score that lets
 * through HELD_OUT_FALSE_POSITIVE_TARGET of the negatives scored that way. The window threshold lets
 * through that share more of the long negatives. Takes a few minutes.
 */
import { writeFileSync } from 'node:fs';
import { crisisKinds } from '../machines/crisisKind';
import { normalizeText } from '../src/crisis/normalizeText';
import { FEATURE_BITS, ngramFeatureWindows, type SparseVector } from '../src/crisis/ngramFeatures';
import { encodeNgramModel, ngramModelFiles } from '../src/crisis/ngramModel';
import { binaryProbability, trainBinary, trainMultinomial } from './crisisModel/logisticRegression';
import { trainingFingerprint, trainingSamples } from './crisisSets';

/** Inverse regularization strength: the value of the first experiment, not tuned (a sweep is still to do). */
const C = 10;
const MAX_ITERATIONS = 200;
const FOLDS = 5;
/**
 * The model may add this share of false positives on held-out text. The lexicon's own rate on the
 * sealed sets is about 4% and the issue allows 5%, so the model gets a small part of what is left.
 */
export const HELD_OUT_FALSE_POSITIVE_TARGET = 0.03;

interface Example {
  readonly fold: number;
  readonly x: SparseVector;
  /** The windows the detector also scores when the message is long (ngramFeatureWindows). */
  readonly windows: readonly SparseVector[];
  readonly crisis: boolean;
  readonly kind: number;
}

function main(): void {
  const version = process.argv[2];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error('usage: npm run train:crisis-model -- <version, e.g. 1.0.1>');
  const started = Date.now();
  const trainingSets = trainingSamples();
  const examples: Example[] = [];
  for (const [s, { set, samples }] of trainingSets.entries()) {
    const independent = set.path.includes('/blind-');
    for (const [i, { line }] of samples.entries()) {
      const { whole, windows } = ngramFeatureWindows(normalizeText(line.text));
      examples.push({
        fold: independent ? s % FOLDS : i % FOLDS,
        x: whole,
        windows,
        crisis: line.label === 'crisis',
        kind: line.label === 'crisis' ? crisisKinds.indexOf(line.kind) : -1,
      });
    }
  }
  const dimension = 1 << FEATURE_BITS;
  const options = { c: C, maxIterations: MAX_ITERATIONS };

  const heldOut = new Float64Array(examples.length);
  const heldOutWindow = new Float64Array(examples.length).fill(-1);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const training = examples.filter((e) => e.fold !== fold);
    const model = trainBinary(training.map((e) => e.x), training.map((e) => e.crisis), dimension, options);
    examples.forEach((e, i) => {
      if (e.fold !== fold) return;
      heldOut[i] = binaryProbability(model, e.x);
      for (const w of e.windows) heldOutWindow[i] = Math.max(heldOutWindow[i] ?? -1, binaryProbability(model, w));
    });
    console.log(`fold ${fold + 1}/${FOLDS} done`);
  }
  const quantile = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length * (1 - HELD_OUT_FALSE_POSITIVE_TARGET))] ?? 0.5;
  const threshold = quantile(examples.flatMap((e, i) => (e.crisis ? [] : [heldOut[i] ?? 0])));
  // Among long negatives, the windows may flag the target share more than the whole messages did.
  const windowThreshold = quantile(examples.flatMap((e, i) => (e.crisis || e.windows.length === 0 ? [] : [(heldOut[i] ?? 0) >= threshold ? 0 : heldOutWindow[i] ?? 0])));
  const counts = (i: number): boolean => (heldOut[i] ?? 0) >= threshold || (heldOutWindow[i] ?? -1) >= windowThreshold;
  const positives = examples.filter((e) => e.crisis).length;
  const heldOutRecall = examples.filter((e, i) => e.crisis && counts(i)).length / positives;
  const share = (keep: (e: Example) => boolean, hit: (i: number) => boolean): string => {
    const chosen = examples.flatMap((e, i) => (keep(e) ? [i] : []));
    return `${(chosen.filter(hit).length / chosen.length).toFixed(3)} of ${chosen.length}`;
  };

  const crisisModel = trainBinary(examples.map((e) => e.x), examples.map((e) => e.crisis), dimension, options);
  const crisisLines = examples.filter((e) => e.crisis);
  const kindModel = trainMultinomial(crisisLines.map((e) => e.x), crisisLines.map((e) => e.kind), crisisKinds.length, dimension, options);

  const rows = [crisisModel.weights, ...crisisKinds.map((_, c) => kindModel.weights.subarray(c * dimension, (c + 1) * dimension))];
  const { header, weights } = encodeNgramModel(
    {
      version: `crisis-ngram/${version}`,
      featureBits: FEATURE_BITS,
      threshold,
      windowThreshold,
      crisisBias: crisisModel.biases[0] ?? 0,
      kinds: [...crisisKinds],
      kindBiases: [...kindModel.biases],
      training: {
        fingerprint: trainingFingerprint(trainingSets),
        sets: trainingSets.map(({ set }) => set.path.split('/').pop() ?? set.path),
        lines: examples.length,
        c: C,
        maxIterations: MAX_ITERATIONS,
        heldOutFalsePositiveTarget: HELD_OUT_FALSE_POSITIVE_TARGET,
        heldOutRecall,
      },
    },
    rows,
  );
  const files = ngramModelFiles();
  writeFileSync(files.header, `${JSON.stringify(header, null, 2)}\n`);
  writeFileSync(files.weights, weights);
  console.log(`${header.version}: ${examples.length} lines from ${trainingSets.length} sets; threshold ${threshold.toFixed(3)}, windows ${windowThreshold.toFixed(3)}`);
  console.log(`held-out folds, the crisis model alone: recall ${heldOutRecall.toFixed(3)}`);
  console.log(`  long messages: recall ${share((e) => e.crisis && e.windows.length > 0, counts)}, false positives ${share((e) => !e.crisis && e.windows.length > 0, counts)}`);
  console.log(`  all negatives: false positives ${share((e) => !e.crisis, counts)}`);
  console.log(`${(weights.length / 1024).toFixed(0)} KiB of weights; ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (require.main === module) main();
