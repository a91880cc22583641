import { readFileSync } from 'node:fs';
import { FEATURE_BITS, ngramFeatures } from '../../../src/crisis/ngramFeatures';
import { crisisProbability, decodeNgramModel, encodeNgramModel, loadNgramModel, mostLikelyKind, ngramModelFiles, NgramModelHeader } from '../../../src/crisis/ngramModel';
import { normalizeText } from '../../../src/crisis/normalizeText';
import { CRISIS_SETS, trainingFingerprint, trainingSamples } from '../../../scripts/crisisSets';

const DIMENSION = 1 << FEATURE_BITS;
const model = loadNgramModel();

describe('the shipped n-gram model', () => {
  it('was trained on the labelled sets as they are now (retrain with npm run train:crisis-model after changing one)', () => {
    const sets = trainingSamples();
    expect(model.header.training.fingerprint).toBe(trainingFingerprint(sets));
    expect(model.header.training.lines).toBe(sets.reduce((n, s) => n + s.samples.length, 0));
  });

  it('never learned from a sealed set', () => {
    const sealed = CRISIS_SETS.filter((s) => s.sealed === true).map((s) => s.path.split('/').pop());
    expect(sealed.length).toBeGreaterThan(0);
    for (const name of sealed) expect(model.header.training.sets).not.toContain(name);
  });

  it('has a threshold set on held-out folds, and a kind for each of the six kinds', () => {
    expect(model.header.threshold).toBeGreaterThan(0.5);
    expect(model.header.training.heldOutFalsePositiveTarget).toBeLessThanOrEqual(0.03);
    expect([...model.header.kinds].sort()).toEqual(['abuse-danger', 'harm-others', 'medical-now', 'overdose-now', 'self-harm', 'suicide']);
  });

  it('refuses weights that do not match its header', () => {
    const files = ngramModelFiles();
    const header = NgramModelHeader.parse(JSON.parse(readFileSync(files.header, 'utf8')));
    const weights = readFileSync(files.weights);
    weights[weights.length - 1] = (weights[weights.length - 1] ?? 0) ^ 0xff;
    expect(() => decodeNgramModel(header, weights)).toThrow(/sha256/);
  });
});

describe('the stored form', () => {
  it('keeps every weight to within half a step of its row scale', () => {
    const rows = [0, 1].map((r) => Float64Array.from({ length: DIMENSION }, (_, j) => Math.sin(j * (r + 1)) * (r + 1)));
    const { header, weights } = encodeNgramModel(
      {
        version: 'crisis-ngram/0.0.1', featureBits: FEATURE_BITS, threshold: 0.9, windowThreshold: 0.95, crisisBias: -1, kinds: ['suicide'], kindBiases: [0],
        training: { fingerprint: '0'.repeat(64), sets: ['x.jsonl'], lines: 1, c: 1, maxIterations: 1, heldOutFalsePositiveTarget: 0.03, heldOutRecall: 0.5 },
      },
      rows,
    );
    const decoded = decodeNgramModel(header, weights);
    const step = (r: number) => (header.scales[r] ?? 0);
    for (const j of [0, 1, 17, 4096, DIMENSION - 1]) {
      expect(Math.abs((decoded.crisisWeights[j] ?? 0) - (rows[0]?.[j] ?? 0))).toBeLessThanOrEqual(step(0) / 2 + 1e-6);
      expect(Math.abs((decoded.kindWeights[j] ?? 0) - (rows[1]?.[j] ?? 0))).toBeLessThanOrEqual(step(1) / 2 + 1e-6);
    }
  });

  it('scores a message the same way every time', () => {
    const x = ngramFeatures(normalizeText('i took everything in the cabinet'));
    expect(crisisProbability(model, x)).toBe(crisisProbability(loadNgramModel(), x));
    expect(mostLikelyKind(model, x)).toBe(mostLikelyKind(loadNgramModel(), x));
  });
});
