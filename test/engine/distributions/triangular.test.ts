import { describe, expect, it } from 'vitest';
import { triangular } from '../../../src/engine/distributions/index.js';
import { sampleMoments } from './helpers.js';

/**
 * [u, x] with x = scipy.stats.triang.ppf(u, c, loc=min, scale=max - min), c = (mode - min) / (max - min),
 * computed with scipy 1.17.1.
 */
const SCIPY_TRIANG_PPF: { min: number; mode: number; max: number; rows: [number, number][] }[] = [
  { min: 2, mode: 5, max: 11, rows: [
    [1e-09, 2.0001643167672514],
    [1e-06, 2.0051961524227067],
    [0.001, 2.1643167672515498],
    [0.01, 2.519615242270663],
    [0.05, 3.1618950038622247],
    [0.1, 3.6431676725154984],
    [0.25, 4.598076211353316],
    [0.5, 5.803847577293368],
    [0.75, 7.325765385825233],
    [0.9, 8.676209992275549],
    [0.95, 9.3568323274845],
    [0.99, 10.265153077165047],
    [0.999, 10.767620999227555],
    [0.999999, 10.992651530771544],
  ] as [number, number][] },
  { min: 0, mode: 0, max: 1, rows: [
    [1e-09, 5.000000413701855e-10],
    [1e-06, 5.000001249699793e-07],
    [0.001, 0.0005001250625390474],
    [0.01, 0.005012562893380035],
    [0.05, 0.025320565519103666],
    [0.1, 0.05131670194948623],
    [0.25, 0.1339745962155614],
    [0.5, 0.2928932188134524],
    [0.75, 0.5],
    [0.9, 0.6837722339831621],
    [0.95, 0.776393202250021],
    [0.99, 0.8999999999999999],
    [0.999, 0.9683772233983162],
    [0.999999, 0.9989999999999857],
  ] as [number, number][] },
  { min: 0, mode: 1, max: 1, rows: [
    [1e-09, 3.1622776601683795e-05],
    [1e-06, 0.001],
    [0.001, 0.03162277660168379],
    [0.01, 0.1],
    [0.05, 0.22360679774997896],
    [0.1, 0.31622776601683794],
    [0.25, 0.5],
    [0.5, 0.7071067811865476],
    [0.75, 0.8660254037844386],
    [0.9, 0.9486832980505138],
    [0.95, 0.9746794344808963],
    [0.99, 0.99498743710662],
    [0.999, 0.999499874937461],
    [0.999999, 0.999999499999875],
  ] as [number, number][] },
];

describe('triangular', () => {
  it('matches scipy.stats.triang.ppf within 1e-15 relative (2e-16 absolute near 0)', () => {
    for (const { min, mode, max, rows } of SCIPY_TRIANG_PPF) {
      const d = triangular(min, mode, max);
      for (const [u, x] of rows) {
        expect(Math.abs(d.quantile(u) - x), `triangular(${min}, ${mode}, ${max}) at u = ${u}`).toBeLessThanOrEqual(
          Math.max(1e-15 * Math.abs(x), 2e-16),
        );
      }
    }
  });

  it('has the closed-form mean (min + mode + max) / 3 and support', () => {
    const d = triangular(2, 5, 11);
    expect(d.kind).toBe('triangular');
    expect(d.mean).toBe(6);
    expect(d.min).toBe(2);
    expect(d.max).toBe(11);
  });

  it('has a sample mean of 200,000 seeded draws within 4 standard errors of the closed form', () => {
    const [a, c, b] = [2, 5, 11];
    const n = 200_000;
    const variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    const sample = sampleMoments(triangular(a, c, b), 'test-triangular', n);
    expect(Math.abs(sample.mean - 6)).toBeLessThanOrEqual(4 * Math.sqrt(variance / n));
  });

  it('is the constant min when min == max', () => {
    expect(triangular(4, 4, 4).kind).toBe('constant');
    expect(triangular(4, 4, 4).quantile(0.2)).toBe(4);
  });

  it('throws RangeErrors naming the bad parameter', () => {
    expect(() => triangular(0, 2, 1)).toThrow(RangeError);
    expect(() => triangular(0, 2, 1)).toThrow(/^triangular: mode must lie in \[min, max\]/);
    expect(() => triangular(1, 1, 0)).toThrow(/^triangular: max must be >= min/);
    expect(() => triangular(NaN, 0, 1)).toThrow(/^triangular: min /);
    expect(() => triangular(0, 0, Infinity)).toThrow(/^triangular: max /);
  });
});
