/**
 * The features the n-gram crisis model (ngramModel.ts) reads from a message.
 *
 * The model reads the lexicon's normalized text (normalizeText.ts), so both detectors see one spelling
 * of a message: no accents, no apostrophes, "kiero" folded to "quiero". Two families of features:
 * - every run of 2 to 5 characters inside a word padded with a space on each side, so that
 *   misspellings and word endings still share most of their features ("sucidal", "suicidal");
 * - every word, and every pair of adjacent words within a clause ("not wake", "wake up").
 *
 * A long message is also read in overlapping windows (ngramFeatureWindows), so one sentence of crisis
 * in a long, ordinary message is not drowned by the rest of it. Each word is hashed once; a window
 * gathers the buckets of its words.
 *
 * A feature is not stored as text: its FNV-1a hash, mixed, picks one of 2^FEATURE_BITS buckets.
 * Collisions cost a little accuracy and save a vocabulary file. Counts are damped (1 + ln count) and
 * the vector scaled to unit length, so a long message weighs no more than a short one. Hashing runs
 * over the characters in place, without building substrings, so a 2,000-character message costs a
 * few tens of microseconds.
 */

export const FEATURE_BITS = 18;
const SIZE = 1 << FEATURE_BITS;
const MASK = SIZE - 1;
const MAX_CHARS = 5;

/** Unit-length sparse vector: distinct bucket indices with their values. */
export interface SparseVector {
  readonly indices: Uint32Array;
  readonly values: Float32Array;
}

/** x · weights[offset …]: a linear score of the vector against one row of weights. */
export function dotSparse(x: SparseVector, weights: Float32Array | Float64Array, offset: number): number {
  let sum = 0;
  for (let k = 0; k < x.indices.length; k += 1) sum += (weights[offset + (x.indices[k] ?? 0)] ?? 0) * (x.values[k] ?? 0);
  return sum;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Distinct starting states keep a word ("ya") apart from the same letters as a character run. */
const WORD_SEED = 0x9e3779b9;
const SPACE = 32;
const DOT = 46;

const fnv = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);

/** Murmur3's finalizer: FNV's low bits are weak, and the bucket is taken from them. */
function bucket(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & MASK;
}

/** The buckets of one message's features, word by word (clause breaks are not words). */
interface WordBuckets {
  /** Every word's character runs and the word itself, one word after another. */
  readonly buckets: Uint32Array;
  /** Word w owns buckets[start[w]] to buckets[start[w + 1]]. */
  readonly start: Uint32Array;
  /** Per word: the pair it ends ("wake" in "not wake"), or -1 after a clause break or at the start. */
  readonly pair: Int32Array;
  readonly words: number;
}

/** 1 + ln(count) for the small counts nearly every feature has: a table read instead of a logarithm. */
const DAMPED = Float64Array.from({ length: 256 }, (_, c) => (c === 0 ? 0 : 1 + Math.log(c)));

// Scratch space shared by every call: the detector runs one message at a time. A word of n characters
// and the space after it give at most 4n + 5 buckets, never more than 4 per character, so 6 per
// character of the message is ample.
let bucketScratch = new Uint32Array(1 << 15);
let startScratch = new Uint32Array(1 << 12);
let pairScratch = new Int32Array(1 << 12);
const counts = new Float64Array(SIZE);
const touched = new Uint32Array(SIZE);

function wordBuckets(normalized: string): WordBuckets {
  if (bucketScratch.length < 6 * normalized.length + 16) bucketScratch = new Uint32Array(6 * normalized.length + 16);
  if (startScratch.length < normalized.length + 2) {
    startScratch = new Uint32Array(normalized.length + 2);
    pairScratch = new Int32Array(normalized.length + 2);
  }
  let n = 0;
  let words = 0;
  let previousHash = -1;
  let hasPrevious = false;
  let i = 0;
  while (i < normalized.length) {
    while (i < normalized.length && normalized.charCodeAt(i) === SPACE) i += 1;
    const start = i;
    while (i < normalized.length && normalized.charCodeAt(i) !== SPACE) i += 1;
    if (i === start) break;
    if (i - start === 1 && normalized.charCodeAt(start) === DOT) {
      hasPrevious = false; // a clause break: no word pair across it
      continue;
    }
    startScratch[words] = n;
    // Character runs of the word padded with a space each side: " word " gives " w", " wo", … "rd ", "d ".
    const padded = i - start + 2;
    for (let from = 0; from + 2 <= padded; from += 1) {
      let hash = fnv(FNV_OFFSET, from === 0 ? SPACE : normalized.charCodeAt(start + from - 1));
      for (let length = 2; length <= MAX_CHARS && from + length <= padded; length += 1) {
        const at = from + length - 1;
        hash = fnv(hash, at === padded - 1 ? SPACE : normalized.charCodeAt(start + at - 1));
        bucketScratch[n++] = bucket(hash);
      }
    }
    let wordHash = WORD_SEED;
    for (let k = start; k < i; k += 1) wordHash = fnv(wordHash, normalized.charCodeAt(k));
    bucketScratch[n++] = bucket(wordHash);
    if (hasPrevious) {
      let pairHash = fnv(previousHash, SPACE);
      for (let k = start; k < i; k += 1) pairHash = fnv(pairHash, normalized.charCodeAt(k));
      pairScratch[words] = bucket(pairHash);
    } else pairScratch[words] = -1;
    previousHash = wordHash;
    hasPrevious = true;
    words += 1;
  }
  startScratch[words] = n;
  return { buckets: bucketScratch, start: startScratch, pair: pairScratch, words };
}


/** The unit-length vector of words [from, to): a pair counts only when both its words are inside. */
function vectorOf({ buckets, start, pair }: WordBuckets, from: number, to: number): SparseVector {
  let size = 0;
  const end = start[to] ?? 0;
  for (let k = start[from] ?? 0; k < end; k += 1) {
    const b = buckets[k] ?? 0;
    if (counts[b] === 0) touched[size++] = b;
    counts[b] = (counts[b] ?? 0) + 1;
  }
  for (let w = from + 1; w < to; w += 1) {
    const b = pair[w] ?? -1;
    if (b < 0) continue;
    if (counts[b] === 0) touched[size++] = b;
    counts[b] = (counts[b] ?? 0) + 1;
  }
  const indices = touched.slice(0, size);
  const values = new Float32Array(size);
  let norm = 0;
  for (let k = 0; k < size; k += 1) {
    const b = indices[k] ?? 0;
    const c = counts[b] ?? 1;
    const damped = c < DAMPED.length ? (DAMPED[c] ?? 1) : 1 + Math.log(c);
    values[k] = damped;
    norm += damped * damped;
    counts[b] = 0;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < size; k += 1) values[k] = (values[k] ?? 0) * scale;
  return { indices, values };
}

/** The features of a whole message already normalized by normalizeText. */
export function ngramFeatures(normalized: string): SparseVector {
  const words = wordBuckets(normalized);
  return vectorOf(words, 0, words.words);
}

/**
 * A message longer than this many words is also read in windows of WINDOW_WORDS, half overlapping.
 * In held-out folds, 20-word windows found far more of the crisis lines over 40 words than the whole
 * message did (0.91 against 0.53 at the same false-positive rate); windows of single clauses, or of
 * 12 or 30 words, did worse overall. A window loses the context around it ("back in 2003", "not
 * that I would"), so windows have their own, stricter threshold (ngramModel.ts).
 */
export const WINDOW_AFTER_WORDS = 24;
export const WINDOW_WORDS = 20;

/** A message's vector and, for a long one, its windows': WINDOW_WORDS words starting every WINDOW_WORDS / 2. */
export function ngramFeatureWindows(normalized: string): { whole: SparseVector; windows: SparseVector[] } {
  const words = wordBuckets(normalized);
  const count = words.words;
  const whole = vectorOf(words, 0, count);
  const windows: SparseVector[] = [];
  if (count > WINDOW_AFTER_WORDS) {
    const stride = WINDOW_WORDS / 2;
    for (let start = 0; start < count - stride; start += stride) windows.push(vectorOf(words, start, Math.min(count, start + WINDOW_WORDS)));
  }
  return { whole, windows };
}
