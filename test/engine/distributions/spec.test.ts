import { describe, expect, it } from 'vitest';
import { fromSpec, type DistributionSpec } from '../../../src/engine/distributions/index.js';

describe('fromSpec', () => {
  it('builds a constant from a plain number', () => {
    const d = fromSpec(0.39);
    expect(d.kind).toBe('constant');
    expect(d.quantile(0.7)).toBe(0.39);
  });

  it('builds each distribution from its JSON form, ignoring `source`, with the closed-form mean', () => {
    const cases: [DistributionSpec, string, number][] = [
      [{ dist: 'constant', value: 2, source: 'assumed' }, 'constant', 2],
      [{ dist: 'uniform', min: 0.2, max: 0.6 }, 'uniform', 0.4],
      [{ dist: 'triangular', min: 0, mode: 3, max: 6, source: 'x' }, 'triangular', 3],
      [{ dist: 'pert', min: 0.5, mode: 0.8, max: 0.95 }, 'pert', (0.5 + 4 * 0.8 + 0.95) / 6],
      [{ dist: 'pert', min: 0, mode: 0.3, max: 1, gamma: 6 }, 'pert', 2.8 / 8],
      [{ dist: 'lognormal', mean: 8e6, sigma: 1.7, source: 'IBM 2021' }, 'lognormal', 8e6],
      [{ dist: 'beta', alpha: 2, beta: 6 }, 'beta', 0.25],
      [{ dist: 'poisson', mean: 0.5 }, 'poisson', 0.5],
    ];
    for (const [spec, kind, mean] of cases) {
      const d = fromSpec(spec);
      expect(d.kind, JSON.stringify(spec)).toBe(kind);
      expect(Math.abs(d.mean - mean), JSON.stringify(spec)).toBeLessThanOrEqual(1e-15 * Math.abs(mean));
    }
  });

  it('builds the three lognormal forms: median exp(mu), and low/high at the 5th/95th percentiles', () => {
    const median = fromSpec({ dist: 'lognormal', median: 1000, sigma: 1.2 });
    expect(Math.abs(median.quantile(0.5) / 1000 - 1)).toBeLessThanOrEqual(1e-15);
    const range = fromSpec({ dist: 'lognormal', low: 2e5, high: 2e7, source: 'card breach costs' });
    expect(Math.abs(range.quantile(0.05) / 2e5 - 1)).toBeLessThanOrEqual(1e-14);
    expect(Math.abs(range.quantile(0.95) / 2e7 - 1)).toBeLessThanOrEqual(1e-14);
  });

  it('passes the factories\' RangeErrors through, naming the parameter', () => {
    expect(() => fromSpec({ dist: 'pert', min: 0.5, mode: 0.99, max: 0.95 })).toThrow(/^pert: mode must lie in \[min, max\]/);
    expect(() => fromSpec({ dist: 'uniform', min: 1, max: 0 })).toThrow(RangeError);
    expect(() => fromSpec({ dist: 'beta', alpha: 0, beta: 1 })).toThrow(/^beta: alpha /);
    expect(() => fromSpec({ dist: 'triangular', min: 0, max: 1 } as unknown as DistributionSpec)).toThrow(/^triangular: mode /);
    expect(() => fromSpec(NaN)).toThrow(/^constant: value /);
  });

  it('rejects a lognormal with other than exactly one parameter pair, and unknown kinds', () => {
    const both = { dist: 'lognormal', mean: 1, sigma: 1, low: 1, high: 2 } as unknown as DistributionSpec;
    expect(() => fromSpec(both)).toThrow(RangeError);
    expect(() => fromSpec(both)).toThrow(/^lognormal: give exactly one of/);
    const none = { dist: 'lognormal', sigma: 1 } as unknown as DistributionSpec;
    expect(() => fromSpec(none)).toThrow(/^lognormal: give exactly one of/);
    const sigmaWithRange = { dist: 'lognormal', low: 1, high: 2, sigma: 1 } as unknown as DistributionSpec;
    expect(() => fromSpec(sigmaWithRange)).toThrow(/^lognormal: give exactly one of/);
    expect(() => fromSpec({ dist: 'gamma', shape: 2 } as unknown as DistributionSpec)).toThrow(/^unknown distribution "gamma"/);
    expect(() => fromSpec(null as unknown as DistributionSpec)).toThrow(RangeError);
  });
});
