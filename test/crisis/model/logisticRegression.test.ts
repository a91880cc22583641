import { binaryProbability, mostLikelyClass, trainBinary, trainMultinomial } from '../../../scripts/crisisModel/logisticRegression';
import type { SparseVector } from '../../../src/crisis/ngramFeatures';

/** One active feature of unit weight. */
const onehot = (i: number): SparseVector => ({ indices: Uint32Array.of(i), values: Float32Array.of(1) });
const options = { c: 10, maxIterations: 200 };

describe('logistic regression', () => {
  it('a binary model learns which features mark the positives, whatever the class balance', () => {
    const xs = [onehot(0), onehot(0), onehot(1), onehot(1), onehot(1), onehot(1), onehot(1), onehot(1)];
    const labels = [true, true, false, false, false, false, false, false];
    const model = trainBinary(xs, labels, 4, options);
    expect(binaryProbability(model, onehot(0))).toBeGreaterThan(0.9);
    expect(binaryProbability(model, onehot(1))).toBeLessThan(0.1);
  });

  it('regularization keeps weights finite on separable data', () => {
    const model = trainBinary([onehot(0), onehot(1)], [true, false], 2, options);
    expect([...model.weights].every(Number.isFinite)).toBe(true);
    expect(Math.abs(model.weights[0] ?? 0)).toBeLessThan(20);
  });

  it('a multinomial model picks the class each feature marks', () => {
    const xs = [onehot(0), onehot(0), onehot(1), onehot(1), onehot(2), onehot(2)];
    const model = trainMultinomial(xs, [0, 0, 1, 1, 2, 2], 3, 3, options);
    expect([0, 1, 2].map((i) => mostLikelyClass(model, onehot(i)))).toEqual([0, 1, 2]);
  });
});
