/**
 * L2-regularized logistic regression over sparse feature vectors, trained with L-BFGS: a binary model
 * (crisis or not) and a multinomial one (which kind of crisis). The objective is the one
 * scikit-learn minimizes, C · Σ weightᵢ · lossᵢ + ½‖w‖², with the bias left unregularized, so a
 * C found in a quick experiment there means the same here.
 */
import { dotSparse, type SparseVector } from '../../src/crisis/ngramFeatures';
import { minimizeLbfgs, type LbfgsOptions } from './lbfgs';

export interface LinearModel {
  /** Row-major: one row of `dimension` weights per output (one output for a binary model). */
  readonly weights: Float64Array;
  readonly biases: Float64Array;
  readonly dimension: number;
}

export interface TrainingOptions extends LbfgsOptions {
  readonly c: number;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Binary model; `sampleWeights` balances the classes (a crisis line and a benign one count the same
 * in total however many of each there are).
 */
export function trainBinary(xs: readonly SparseVector[], labels: readonly boolean[], dimension: number, options: TrainingOptions): LinearModel {
  const positives = labels.filter(Boolean).length;
  const weightOf = (label: boolean): number => xs.length / (2 * (label ? positives : xs.length - positives));
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    const bias = theta[dimension] ?? 0;
    for (const [i, x] of xs.entries()) {
      const label = labels[i] === true;
      const z = dotSparse(x, theta, 0) + bias;
      const w = options.c * weightOf(label);
      // log(1 + e^-z) for a positive, log(1 + e^z) for a negative, computed without overflow.
      const margin = label ? z : -z;
      loss += w * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
      const residual = w * (sigmoid(z) - (label ? 1 : 0));
      for (let k = 0; k < x.indices.length; k += 1) {
        const j = x.indices[k] ?? 0;
        gradient[j] = (gradient[j] ?? 0) + residual * (x.values[k] ?? 0);
      }
      gradient[dimension] = (gradient[dimension] ?? 0) + residual;
    }
    for (let j = 0; j < dimension; j += 1) {
      const t = theta[j] ?? 0;
      loss += 0.5 * t * t;
      gradient[j] = (gradient[j] ?? 0) + t;
    }
    return loss;
  };
  const { x } = minimizeLbfgs(objective, new Float64Array(dimension + 1), options);
  return { weights: x.slice(0, dimension), biases: x.slice(dimension), dimension };
}

export function binaryProbability(model: LinearModel, x: SparseVector): number {
  return sigmoid(dotSparse(x, model.weights, 0) + (model.biases[0] ?? 0));
}

/** Multinomial (softmax) model over `classes` outputs; labels are class indices. */
export function trainMultinomial(xs: readonly SparseVector[], labels: readonly number[], classes: number, dimension: number, options: TrainingOptions): LinearModel {
  const biasAt = classes * dimension;
  const logits = new Float64Array(classes);
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (const [i, x] of xs.entries()) {
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < classes; c += 1) {
        logits[c] = dotSparse(x, theta, c * dimension) + (theta[biasAt + c] ?? 0);
        max = Math.max(max, logits[c] ?? 0);
      }
      let total = 0;
      for (let c = 0; c < classes; c += 1) total += Math.exp((logits[c] ?? 0) - max);
      const label = labels[i] ?? 0;
      loss += options.c * (Math.log(total) + max - (logits[label] ?? 0));
      for (let c = 0; c < classes; c += 1) {
        const residual = options.c * (Math.exp((logits[c] ?? 0) - max) / total - (c === label ? 1 : 0));
        const offset = c * dimension;
        for (let k = 0; k < x.indices.length; k += 1) {
          const j = offset + (x.indices[k] ?? 0);
          gradient[j] = (gradient[j] ?? 0) + residual * (x.values[k] ?? 0);
        }
        gradient[biasAt + c] = (gradient[biasAt + c] ?? 0) + residual;
      }
    }
    for (let j = 0; j < biasAt; j += 1) {
      const t = theta[j] ?? 0;
      loss += 0.5 * t * t;
      gradient[j] = (gradient[j] ?? 0) + t;
    }
    return loss;
  };
  const { x } = minimizeLbfgs(objective, new Float64Array(biasAt + classes), options);
  return { weights: x.slice(0, biasAt), biases: x.slice(biasAt), dimension };
}

/** Index of the most likely class. */
export function mostLikelyClass(model: LinearModel, x: SparseVector): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < model.biases.length; c += 1) {
    const z = dotSparse(x, model.weights, c * model.dimension) + (model.biases[c] ?? 0);
    if (z > bestScore) {
      bestScore = z;
      best = c;
    }
  }
  return best;
}
