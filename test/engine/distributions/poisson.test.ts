import { describe, expect, it } from 'vitest';
import { poisson, poissonQuantile } from '../../../src/engine/distributions/index.js';
import { uniformStream } from '../../../src/engine/random.js';
import { sampleMoments } from './helpers.js';

/** [u, k] with k = scipy.stats.poisson.ppf(u, mean), computed with scipy 1.17.1. */
const SCIPY_POISSON_PPF: { mean: number; rows: [number, number][] }[] = [
  { mean: 0.5, rows: [
    [1.1641532182693481e-10, 0],
    [1e-06, 0],
    [0.001, 0],
    [0.05, 0],
    [0.2, 0],
    [0.5, 0],
    [0.6, 0],
    [0.8, 1],
    [0.95, 2],
    [0.999, 4],
    [0.999999, 7],
    [0.9999999998835847, 10],
  ] as [number, number][] },
  { mean: 7, rows: [
    [1.1641532182693481e-10, 0],
    [1e-06, 0],
    [0.001, 1],
    [0.05, 3],
    [0.2, 5],
    [0.5, 7],
    [0.6, 8],
    [0.8, 9],
    [0.95, 12],
    [0.999, 16],
    [0.999999, 23],
    [0.9999999998835847, 29],
  ] as [number, number][] },
  { mean: 1000, rows: [
    [1.1641532182693481e-10, 806],
    [1e-06, 853],
    [0.001, 904],
    [0.05, 948],
    [0.2, 973],
    [0.5, 1000],
    [0.6, 1008],
    [0.8, 1027],
    [0.95, 1052],
    [0.999, 1099],
    [0.999999, 1154],
    [0.9999999998835847, 1207],
  ] as [number, number][] },
  { mean: 1000000.0, rows: [
    [1.1641532182693481e-10, 993669],
    [1e-06, 995250],
    [0.001, 996911],
    [0.05, 998355],
    [0.2, 999158],
    [0.5, 1000000],
    [0.6, 1000253],
    [0.8, 1000842],
    [0.95, 1001645],
    [0.999, 1003092],
    [0.999999, 1004757],
    [0.9999999998835847, 1006344],
  ] as [number, number][] },
];

describe('poisson', () => {
  it('matches scipy.stats.poisson.ppf exactly, from the factory and per call, for means 0.5 to 1e6', () => {
    for (const { mean, rows } of SCIPY_POISSON_PPF) {
      const d = poisson(mean);
      for (const [u, k] of rows) {
        expect(d.quantile(u), `poisson(${mean}) at u = ${u}`).toBe(k);
        expect(poissonQuantile(u, mean), `poissonQuantile(${u}, ${mean})`).toBe(k);
      }
    }
  });

  it('inverts exactly at the first step: CDF(0) = exp(-1/2) for mean 1/2 (closed form)', () => {
    /* 0.6065306597126335 lies above e^-0.5 = 0.60653065971263342..., 0.606530659712633 below */
    expect(poissonQuantile(0.606530659712633, 0.5)).toBe(0);
    expect(poissonQuantile(0.6065306597126335, 0.5)).toBe(1);
    /* CDF(1) = 1.5 e^-0.5 = 0.90979598956895013... */
    expect(poissonQuantile(0.9097959895689, 0.5)).toBe(1);
    expect(poissonQuantile(0.9097959895690, 0.5)).toBe(2);
  });

  it('gives the same k from the factory and per call, draw for draw', () => {
    for (const mean of [0, 0.5, 3, 9.99, 10, 120, 5000, 2e5]) {
      const d = poisson(mean);
      const u = uniformStream(`test-poisson-same-${mean}`);
      let differences = 0;
      for (let i = 0; i < 20_000; i++) {
        const v = u();
        if (d.quantile(v) !== poissonQuantile(v, mean)) differences++;
      }
      expect(differences, `mean ${mean}`).toBe(0);
    }
  });

  it('has a sample mean of 200,000 seeded draws within 4 standard errors of the mean', () => {
    for (const mean of [0.5, 7, 1000]) {
      const n = 200_000;
      const sample = sampleMoments(poisson(mean), `test-poisson-${mean}`, n);
      expect(Math.abs(sample.mean - mean), `mean ${mean}`).toBeLessThanOrEqual(4 * Math.sqrt(mean / n));
    }
  });

  it('is always 0 for mean 0, and reports its support', () => {
    const d = poisson(0);
    expect(d.quantile(0.999999)).toBe(0);
    expect(d.max).toBe(0);
    expect(poisson(2).kind).toBe('poisson');
    expect(poisson(2).mean).toBe(2);
    expect(poisson(2).min).toBe(0);
    expect(poisson(2).max).toBe(Infinity);
  });

  it('throws RangeErrors naming the mean, from the factory and per call', () => {
    for (const bad of [-1, NaN, Infinity, 2e7]) {
      expect(() => poisson(bad)).toThrow(RangeError);
      expect(() => poisson(bad)).toThrow(/^poisson: mean /);
      expect(() => poissonQuantile(0.5, bad)).toThrow(/^poisson: mean /);
    }
  });
});
