/**
 * Limited-memory BFGS: minimizes a smooth function given its value and gradient. It trains the
 * n-gram crisis model (trainCrisisModel.ts) in a fixed number of deterministic steps: no random
 * start, no shuffling, so the same data gives the same weights.
 */

/** Writes the gradient at x into `gradient` and returns the value at x. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** How many past steps shape the curvature estimate. */
  readonly memory?: number;
  readonly maxIterations?: number;
  /** Stop when the gradient's largest component falls below this. */
  readonly gradientTolerance?: number;
}

export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

function maxAbs(a: Float64Array): number {
  let max = 0;
  for (const v of a) max = Math.max(max, Math.abs(v));
  return max;
}

export function minimizeLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const { memory = 10, maxIterations = 500, gradientTolerance = 1e-5 } = options;
  const n = start.length;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const gradientChanges: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(n);
  const alphas = new Float64Array(memory);

  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    if (maxAbs(gradient) < gradientTolerance) return { x, value, iterations: iteration, converged: true };

    // Two-loop recursion: direction = -H·gradient, H the inverse-Hessian estimate.
    for (let i = 0; i < n; i += 1) direction[i] = -(gradient[i] ?? 0);
    for (let k = steps.length - 1; k >= 0; k -= 1) {
      const alpha = (rhos[k] ?? 0) * dot(steps[k]!, direction);
      alphas[k] = alpha;
      const y = gradientChanges[k]!;
      for (let i = 0; i < n; i += 1) direction[i] = (direction[i] ?? 0) - alpha * (y[i] ?? 0);
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const y = gradientChanges[last]!;
      const gamma = dot(steps[last]!, y) / dot(y, y);
      for (let i = 0; i < n; i += 1) direction[i] = (direction[i] ?? 0) * gamma;
    }
    for (let k = 0; k < steps.length; k += 1) {
      const beta = (rhos[k] ?? 0) * dot(gradientChanges[k]!, direction);
      const s = steps[k]!;
      const alpha = alphas[k] ?? 0;
      for (let i = 0; i < n; i += 1) direction[i] = (direction[i] ?? 0) + (alpha - beta) * (s[i] ?? 0);
    }

    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (curvature estimate gone bad): restart from steepest descent.
      steps.length = 0;
      gradientChanges.length = 0;
      rhos.length = 0;
      for (let i = 0; i < n; i += 1) direction[i] = -(gradient[i] ?? 0);
      slope = dot(gradient, direction);
    }

    // Backtracking line search (Armijo); the first step is scaled, since there is no curvature yet.
    let step = steps.length === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
    const next = new Float64Array(n);
    const nextGradient = new Float64Array(n);
    let nextValue = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries += 1) {
      for (let i = 0; i < n; i += 1) next[i] = (x[i] ?? 0) + step * (direction[i] ?? 0);
      nextValue = objective(next, nextGradient);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue < value)) return { x, value, iterations: iteration, converged: false };

    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      s[i] = (next[i] ?? 0) - (x[i] ?? 0);
      y[i] = (nextGradient[i] ?? 0) - (gradient[i] ?? 0);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      if (steps.length === memory) {
        steps.shift();
        gradientChanges.shift();
        rhos.shift();
      }
      steps.push(s);
      gradientChanges.push(y);
      rhos.push(1 / sy);
    }
    const relativeDecrease = (value - nextValue) / Math.max(Math.abs(value), 1);
    x = next;
    gradient = nextGradient;
    value = nextValue;
    if (relativeDecrease < 1e-10) return { x, value, iterations: iteration + 1, converged: true };
  }
  return { x, value, iterations: maxIterations, converged: false };
}
