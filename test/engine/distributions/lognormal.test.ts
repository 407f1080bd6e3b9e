import { describe, expect, it } from 'vitest';
import { lognormalFromMean, lognormalFromMedian, lognormalFromRange } from '../../../src/engine/distributions/index.js';
import { sampleMoments } from './helpers.js';

/**
 * [u, x] with x = scipy.stats.lognorm.ppf(u, s=sigma, scale=exp(mu)), computed with scipy 1.17.1,
 * mu and sigma from the parameters as the factories define them (Python's math.log).
 */
const SCIPY_LOGNORM_PPF = {
  /* mean 8e6, sigma 1.7: mu = ln(8e6) - 1.7^2 / 2 */
  mean8e6: [
    [1e-09, 70.36388779725989],
    [1e-06, 583.5503715970667],
    [0.001, 9863.113604708538],
    [0.01, 36140.18610805178],
    [0.05, 115116.61463136604],
    [0.1, 213483.41736617882],
    [0.25, 599181.313116268],
    [0.5, 1885968.6124469072],
    [0.75, 5936229.200199904],
    [0.9, 16661142.354836654],
    [0.95, 30898038.64129408],
    [0.99, 98418906.76767893],
    [0.999, 360624215.6064085],
    [0.999999, 6095236641.4663925],
  ] as [number, number][],
  /* mean 100, sigma 0.5 */
  mean100: [
    [1e-09, 4.398513656368127],
    [1e-06, 8.1944576677722],
    [0.001, 18.82252014313587],
    [0.01, 27.577390410163456],
    [0.05, 38.77374617053654],
    [0.1, 46.49730729191264],
    [0.25, 62.986808204738075],
    [0.5, 88.24969025845958],
    [0.75, 123.64506239781518],
    [0.9, 167.493738547493],
    [0.95, 200.85776072449812],
    [0.99, 282.4055400051137],
    [0.999, 413.76010074581643],
    [0.999999, 950.3994219557334],
  ] as [number, number][],
  /* median 1000, sigma 1.2 */
  median1000: [
    [1e-09, 0.7485530975506265],
    [1e-06, 3.332244524760091],
    [0.001, 24.51969106251887],
    [0.01, 61.32194854322026],
    [0.05, 138.9245425866319],
    [0.1, 214.83996461399823],
    [0.25, 445.13053612032945],
    [0.5, 999.9999999999998],
    [0.75, 2246.532014441884],
    [0.9, 4654.627465596049],
    [0.95, 7198.152186654917],
    [0.99, 16307.374826734189],
    [0.999, 40783.548106306],
    [0.999999, 300098.0247885685],
  ] as [number, number][],
  /* 5th and 95th percentiles 2e5 and 2e7 */
  range: [
    [1e-09, 451.4630844459216],
    [1e-06, 2577.2302021955306],
    [0.001, 26442.47807549926],
    [0.01, 77039.04885595162],
    [0.05, 199999.99999999988],
    [0.1, 332584.4699435098],
    [0.25, 777981.6328564741],
    [0.5, 1999999.9999999993],
    [0.75, 5141509.5563547015],
    [0.9, 12027019.784415688],
    [0.95, 19999999.999999978],
    [0.99, 51921720.989562534],
    [0.999, 151271752.5407071],
    [0.999999, 1552053827.6169028],
  ] as [number, number][],
};

const Z95 = 1.6448536269514722;

function expectQuantiles(quantile: (u: number) => number, rows: [number, number][], what: string): void {
  for (const [u, x] of rows) {
    const got = quantile(u);
    expect(Math.abs(got - x) / x, `${what} at u = ${u}: ${got} vs ${x}`).toBeLessThanOrEqual(1e-13);
  }
}

describe('lognormal', () => {
  it('matches scipy.stats.lognorm.ppf within 1e-13 relative, for each parameterization', () => {
    expectQuantiles(lognormalFromMean(8e6, 1.7).quantile, SCIPY_LOGNORM_PPF.mean8e6, 'mean 8e6, sigma 1.7');
    expectQuantiles(lognormalFromMean(100, 0.5).quantile, SCIPY_LOGNORM_PPF.mean100, 'mean 100, sigma 0.5');
    expectQuantiles(lognormalFromMedian(1000, 1.2).quantile, SCIPY_LOGNORM_PPF.median1000, 'median 1000, sigma 1.2');
    expectQuantiles(lognormalFromRange(2e5, 2e7).quantile, SCIPY_LOGNORM_PPF.range, 'range 2e5..2e7');
  });

  it('has closed-form means and the support (0, Infinity)', () => {
    const d = lognormalFromMean(8e6, 1.7);
    expect(d.kind).toBe('lognormal');
    expect(d.mean).toBe(8e6);
    expect(d.min).toBe(0);
    expect(d.max).toBe(Infinity);
    expect(Math.abs(lognormalFromMedian(1000, 1.2).mean / (1000 * Math.exp(0.72)) - 1)).toBeLessThanOrEqual(1e-15);
    const sigma = Math.log(100) / (2 * Z95);
    const mean = Math.sqrt(2e5 * 2e7) * Math.exp((sigma * sigma) / 2);
    expect(Math.abs(lognormalFromRange(2e5, 2e7).mean / mean - 1)).toBeLessThanOrEqual(1e-14);
  });

  it('puts low and high at the 5th and 95th percentiles', () => {
    const d = lognormalFromRange(2e5, 2e7);
    expect(Math.abs(d.quantile(0.05) / 2e5 - 1)).toBeLessThanOrEqual(1e-14);
    expect(Math.abs(d.quantile(0.95) / 2e7 - 1)).toBeLessThanOrEqual(1e-14);
  });

  it('with sigma 1.7: the log of 200,000 seeded draws has mean mu and sd sigma within 4 standard errors', () => {
    const n = 200_000;
    const sigma = 1.7;
    const mu = Math.log(8e6) - (sigma * sigma) / 2;
    const logs = sampleMoments(lognormalFromMean(8e6, sigma), 'test-lognormal-8e6-1.7', n, Math.log);
    expect(Math.abs(logs.mean - mu)).toBeLessThanOrEqual((4 * sigma) / Math.sqrt(n));
    expect(Math.abs(logs.sd - sigma)).toBeLessThanOrEqual((4 * sigma) / Math.sqrt(2 * n));
  });

  it('with sigma 0.5: the sample mean of 200,000 seeded draws is within 4 standard errors of the mean', () => {
    const n = 200_000;
    const variance = (Math.exp(0.25) - 1) * 100 * 100;
    const sample = sampleMoments(lognormalFromMean(100, 0.5), 'test-lognormal-100-0.5', n);
    expect(Math.abs(sample.mean - 100)).toBeLessThanOrEqual(4 * Math.sqrt(variance / n));
  });

  it('is a constant when sigma is 0 or low == high', () => {
    expect(lognormalFromMean(5, 0).kind).toBe('constant');
    expect(lognormalFromMean(5, 0).quantile(0.9)).toBe(5);
    expect(lognormalFromMedian(7, 0).quantile(0.1)).toBe(7);
    expect(lognormalFromRange(3, 3).quantile(0.5)).toBe(3);
  });

  it('throws RangeErrors naming the bad parameter', () => {
    expect(() => lognormalFromMean(0, 1)).toThrow(RangeError);
    expect(() => lognormalFromMean(0, 1)).toThrow(/^lognormal: mean /);
    expect(() => lognormalFromMean(-5, 1)).toThrow(/^lognormal: mean /);
    expect(() => lognormalFromMean(5, -1)).toThrow(/^lognormal: sigma /);
    expect(() => lognormalFromMean(5, NaN)).toThrow(/^lognormal: sigma /);
    expect(() => lognormalFromMedian(0, 1)).toThrow(/^lognormal: median /);
    expect(() => lognormalFromMedian(1, Infinity)).toThrow(/^lognormal: sigma /);
    expect(() => lognormalFromRange(0, 10)).toThrow(/^lognormal: low /);
    expect(() => lognormalFromRange(1, NaN)).toThrow(/^lognormal: high /);
    expect(() => lognormalFromRange(10, 1)).toThrow(/^lognormal: high must be >= low/);
  });
});
