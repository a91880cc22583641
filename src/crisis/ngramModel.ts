/**
 * The n-gram crisis model: two linear models over hashed n-grams (ngramFeatures.ts), trained by
 * scripts/trainCrisisModel.ts on the project's labelled sets, never on a sealed one.
 * - The crisis model gives the probability that a message is crisis language; at or above
 *   `threshold` the message counts, and so does a long message one of whose windows reaches
 *   `windowThreshold`.
 * - The kind model says which kind, by the most likely of the six.
 *
 * Stored as a JSON header (data/crisis/ngram-model.json) and the weights (ngram-model.weights.gz):
 * one row per model output, each row quantized to signed bytes with its own scale, gzipped. The
 * header carries the weights' sha256 and a fingerprint of the text it was trained on, so a model
 * cannot be loaded with other weights, and a test fails when the sets change without a retrain.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { CrisisKind } from '../../machines/crisisKind';
import { dotSparse, FEATURE_BITS, type SparseVector } from './ngramFeatures';

export const NGRAM_MODEL_DIR = resolve(__dirname, '../../data/crisis');
const HEADER_FILE = 'ngram-model.json';
const WEIGHTS_FILE = 'ngram-model.weights.gz';
const DIMENSION = 1 << FEATURE_BITS;

export const NgramModelHeader = z.object({
  version: z.string().regex(/^crisis-ngram\/\d+\.\d+\.\d+$/),
  featureBits: z.literal(FEATURE_BITS),
  /** A message counts when its probability is at least this… */
  threshold: z.number().gt(0).lt(1),
  /** …or when one of its windows' is at least this (ngramFeatureWindows). */
  windowThreshold: z.number().gt(0).lt(1),
  crisisBias: z.number(),
  kinds: z.array(CrisisKind).min(1),
  kindBiases: z.array(z.number()),
  /** One per row of weights: the crisis row, then one row per kind. */
  scales: z.array(z.number().nonnegative()),
  weightsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  training: z.object({
    /** sha256 of the training lines, in order (scripts/crisisSets.ts, trainingFingerprint). */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    sets: z.array(z.string()),
    lines: z.number().int().positive(),
    c: z.number().positive(),
    maxIterations: z.number().int().positive(),
    /** The threshold lets through this share of negatives in held-out folds; the window threshold, this share more of the long ones. */
    heldOutFalsePositiveTarget: z.number(),
    /** Recall of the crisis model alone on those folds at the thresholds. */
    heldOutRecall: z.number(),
  }),
});
export type NgramModelHeader = z.infer<typeof NgramModelHeader>;

export interface NgramModel {
  readonly header: NgramModelHeader;
  readonly crisisWeights: Float32Array;
  /** Row-major, one row of DIMENSION weights per kind in header.kinds. */
  readonly kindWeights: Float32Array;
}

/** Probability that the message is crisis language. */
export function crisisProbability(model: NgramModel, x: SparseVector): number {
  return 1 / (1 + Math.exp(-(dotSparse(x, model.crisisWeights, 0) + model.header.crisisBias)));
}

export function mostLikelyKind(model: NgramModel, x: SparseVector): CrisisKind {
  const { kinds, kindBiases } = model.header;
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < kinds.length; c += 1) {
    const score = dotSparse(x, model.kindWeights, c * DIMENSION) + (kindBiases[c] ?? 0);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return kinds[best] ?? kinds[0]!;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Rows of float weights to the stored form: a scale per row and signed bytes. */
export function encodeNgramModel(header: Omit<NgramModelHeader, 'scales' | 'weightsSha256'>, rows: readonly Float64Array[]): { header: NgramModelHeader; weights: Buffer } {
  const bytes = new Int8Array(rows.length * DIMENSION);
  const scales = rows.map((row, r) => {
    let max = 0;
    for (const w of row) max = Math.max(max, Math.abs(w));
    const scale = max / 127;
    for (let j = 0; j < DIMENSION; j += 1) bytes[r * DIMENSION + j] = scale === 0 ? 0 : Math.round((row[j] ?? 0) / scale);
    return scale;
  });
  const weights = gzipSync(Buffer.from(bytes.buffer), { level: 9 });
  return { header: NgramModelHeader.parse({ ...header, scales, weightsSha256: sha256(weights) }), weights };
}

export function decodeNgramModel(header: NgramModelHeader, weights: Buffer): NgramModel {
  if (sha256(weights) !== header.weightsSha256) throw new Error(`${WEIGHTS_FILE} does not match ${HEADER_FILE} (sha256)`);
  const raw = gunzipSync(weights);
  // A Buffer may be a view into a larger pooled ArrayBuffer: read exactly its bytes.
  const bytes = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const rows = 1 + header.kinds.length;
  if (bytes.length !== rows * DIMENSION || header.scales.length !== rows || header.kindBiases.length !== header.kinds.length) {
    throw new Error(`${WEIGHTS_FILE} holds ${bytes.length} weights; ${HEADER_FILE} describes ${rows} rows of ${DIMENSION}`);
  }
  const row = (r: number): Float32Array => {
    const out = new Float32Array(DIMENSION);
    const scale = header.scales[r] ?? 0;
    for (let j = 0; j < DIMENSION; j += 1) out[j] = (bytes[r * DIMENSION + j] ?? 0) * scale;
    return out;
  };
  const kindWeights = new Float32Array(header.kinds.length * DIMENSION);
  for (let c = 0; c < header.kinds.length; c += 1) kindWeights.set(row(1 + c), c * DIMENSION);
  return { header, crisisWeights: row(0), kindWeights };
}

export const ngramModelFiles = (dir = NGRAM_MODEL_DIR): { header: string; weights: string } => ({
  header: resolve(dir, HEADER_FILE),
  weights: resolve(dir, WEIGHTS_FILE),
});

export function loadNgramModel(dir = NGRAM_MODEL_DIR): NgramModel {
  const files = ngramModelFiles(dir);
  const header = NgramModelHeader.parse(JSON.parse(readFileSync(files.header, 'utf8')));
  return decodeNgramModel(header, readFileSync(files.weights));
}
