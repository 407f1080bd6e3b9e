import { describe, expect, it } from 'vitest';
import { expm1 } from '../../../src/engine/math/index.js';
import { spreadMagnitudes, uniformIn, ulpDistance, worstUlps } from './ulp.js';

describe('expm1 (fdlibm s_expm1.c port)', () => {
  it('agrees with Math.expm1 within 1 ulp over 300,000 seeded arguments', () => {
    const wide = worstUlps(expm1, Math.expm1, uniformIn('test-math-expm1-wide', 120_000, -50, 710));
    expect(wide.count).toBe(120_000);
    expect(wide.ulps, `at ${wide.at}`).toBeLessThanOrEqual(1);
    const small = worstUlps(expm1, Math.expm1, spreadMagnitudes('test-math-expm1-small', 100_000, -1074, 5));
    expect(small.ulps, `at ${small.at}`).toBeLessThanOrEqual(1);
    const negative = worstUlps(
      (x) => expm1(-x),
      (x) => Math.expm1(-x),
      spreadMagnitudes('test-math-expm1-neg', 80_000, -1074, 6),
    );
    expect(negative.ulps, `at ${negative.at}`).toBeLessThanOrEqual(1);
  });

  it('agrees within 1 ulp on edge arguments (each scaling branch)', () => {
    const edges = [
      0.34657359027997264, -0.34657359027997264, 1.0397207708399179, -1.0397207708399179, -0.6, 0.6, 2, -2, 13, 14,
      13.9, 15, 39, 40, 38.8, 39.5, -38.8, -39, 709.782712893384, 5.551115123125783e-17, -5.551115123125783e-17,
    ];
    for (const x of edges) expect(ulpDistance(expm1(x), Math.expm1(x)), `expm1(${x})`).toBeLessThanOrEqual(1);
  });

  it('handles NaN, infinities, overflow and signed zeros as fdlibm does', () => {
    expect(expm1(NaN)).toBeNaN();
    expect(expm1(Infinity)).toBe(Infinity);
    expect(expm1(-Infinity)).toBe(-1);
    expect(expm1(-40)).toBe(-1);
    expect(expm1(709.79)).toBe(Infinity);
    expect(Object.is(expm1(0), 0)).toBe(true);
    expect(Object.is(expm1(-0), -0)).toBe(true);
  });
});
