import { minimizeLbfgs } from '../../../scripts/crisisModel/lbfgs';

describe('L-BFGS', () => {
  it('finds the minimum of a badly scaled quadratic', () => {
    const scales = [1, 10, 100, 1000];
    const target = [3, -2, 0.5, 7];
    const { x, converged } = minimizeLbfgs((v, g) => {
      let f = 0;
      for (let i = 0; i < v.length; i += 1) {
        const d = (v[i] ?? 0) - (target[i] ?? 0);
        f += 0.5 * (scales[i] ?? 1) * d * d;
        g[i] = (scales[i] ?? 1) * d;
      }
      return f;
    }, new Float64Array(4));
    expect(converged).toBe(true);
    [...x].forEach((v, i) => expect(v).toBeCloseTo(target[i] ?? 0, 4));
  });

  it('finds the minimum of the Rosenbrock valley', () => {
    const { x } = minimizeLbfgs((v, g) => {
      const a = v[0] ?? 0;
      const b = v[1] ?? 0;
      g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      g[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    }, Float64Array.from([-1.2, 1]), { maxIterations: 1000, gradientTolerance: 1e-8 });
    expect(x[0]).toBeCloseTo(1, 3);
    expect(x[1]).toBeCloseTo(1, 3);
  });

  it('is deterministic', () => {
    const run = () => minimizeLbfgs((v, g) => {
      g[0] = 2 * ((v[0] ?? 0) - 1);
      return ((v[0] ?? 0) - 1) ** 2;
    }, new Float64Array(1)).x;
    expect(run()).toEqual(run());
  });
});
