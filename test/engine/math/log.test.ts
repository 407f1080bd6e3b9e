import { describe, expect, it } from 'vitest';
import { log } from '../../../src/engine/math/index.js';
import { spreadMagnitudes, uniformIn, ulpDistance, worstUlps } from './ulp.js';

describe('log (fdlibm e_log.c port)', () => {
  it('agrees with Math.log within 1 ulp over 300,000 seeded arguments of every magnitude', () => {
    const all = worstUlps(log, Math.log, spreadMagnitudes('test-math-log-all', 200_000, -1074, 1023));
    expect(all.count).toBe(200_000);
    expect(all.ulps, `at ${all.at}`).toBeLessThanOrEqual(1);
    const nearOne = worstUlps(log, Math.log, uniformIn('test-math-log-near-1', 100_000, 0.5, 2));
    expect(nearOne.ulps, `at ${nearOne.at}`).toBeLessThanOrEqual(1);
  });

  it('agrees within 1 ulp on edge arguments', () => {
    const edges = [
      5e-324, 1e-323, 2.225073858507201e-308, 2.2250738585072014e-308, 1e-300, 0.5, 0.7071067811865476,
      0.9999999999999999, 1 + 2.220446049250313e-16, 1 + 1e-10, 1 - 1e-10, Math.SQRT2, 2, Math.E, 10, 1e300,
      1.7976931348623157e308,
    ];
    for (const x of edges) expect(ulpDistance(log(x), Math.log(x)), `log(${x})`).toBeLessThanOrEqual(1);
  });

  it('handles 0, negatives, NaN and infinity as fdlibm does', () => {
    expect(log(0)).toBe(-Infinity);
    expect(log(-0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(-Infinity)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(Object.is(log(1), 0)).toBe(true);
  });

  it('gives the correctly rounded values of ln 2 and ln 10 (the Number values of Math.LN2, Math.LN10)', () => {
    expect(log(2)).toBe(0.6931471805599453);
    expect(log(10)).toBe(2.302585092994046);
  });
});
