import { describe, expect, it } from 'vitest';
import { log1p } from '../../../src/engine/math/index.js';
import { spreadMagnitudes, uniformIn, ulpDistance, worstUlps } from './ulp.js';

describe('log1p (fdlibm s_log1p.c port)', () => {
  it('agrees with Math.log1p within 1 ulp over 300,000 seeded arguments', () => {
    const positive = worstUlps(log1p, Math.log1p, spreadMagnitudes('test-math-log1p-pos', 120_000, -1074, 1023));
    expect(positive.count).toBe(120_000);
    expect(positive.ulps, `at ${positive.at}`).toBeLessThanOrEqual(1);
    const negative = worstUlps(
      (x) => log1p(-x),
      (x) => Math.log1p(-x),
      spreadMagnitudes('test-math-log1p-neg', 100_000, -1074, -1),
    );
    expect(negative.ulps, `at ${negative.at}`).toBeLessThanOrEqual(1);
    const moderate = worstUlps(log1p, Math.log1p, uniformIn('test-math-log1p-mid', 80_000, -1, 3));
    expect(moderate.ulps, `at ${moderate.at}`).toBeLessThanOrEqual(1);
  });

  it('agrees within 1 ulp on edge arguments', () => {
    const edges = [
      -0.9999999999999999, -0.5, -0.2928932188134524, -0.29289321881345254, 0.41421356237309503, 0.4142135623730951,
      1.862645149230957e-9, -1.862645149230957e-9, 5.551115123125783e-17, 1e-300, 4503599627370496, 9007199254740992,
      1.7976931348623157e308,
    ];
    for (const x of edges) expect(ulpDistance(log1p(x), Math.log1p(x)), `log1p(${x})`).toBeLessThanOrEqual(1);
  });

  it('handles -1, x < -1, NaN, infinity and signed zeros as fdlibm does', () => {
    expect(log1p(-1)).toBe(-Infinity);
    expect(log1p(-1.5)).toBeNaN();
    expect(log1p(-Infinity)).toBeNaN();
    expect(log1p(NaN)).toBeNaN();
    expect(log1p(Infinity)).toBe(Infinity);
    expect(Object.is(log1p(0), 0)).toBe(true);
    expect(Object.is(log1p(-0), -0)).toBe(true);
  });
});
