import { describe, expect, it } from 'vitest';
import { exp } from '../../../src/engine/math/index.js';
import { spreadMagnitudes, uniformIn, ulpDistance, worstUlps } from './ulp.js';

describe('exp (fdlibm e_exp.c port)', () => {
  it('agrees with Math.exp within 1 ulp over 300,000 seeded arguments', () => {
    const wide = worstUlps(exp, Math.exp, uniformIn('test-math-exp-wide', 150_000, -746, 710));
    expect(wide.count).toBe(150_000);
    expect(wide.ulps, `at ${wide.at}`).toBeLessThanOrEqual(1);
    const small = worstUlps(exp, Math.exp, spreadMagnitudes('test-math-exp-small', 100_000, -60, 0));
    expect(small.ulps, `at ${small.at}`).toBeLessThanOrEqual(1);
    const negative = worstUlps((x) => exp(-x), (x) => Math.exp(-x), spreadMagnitudes('test-math-exp-neg', 50_000, -60, 9));
    expect(negative.ulps, `at ${negative.at}`).toBeLessThanOrEqual(1);
  });

  it('agrees within 1 ulp on edge arguments (reduction boundaries, overflow, subnormal results)', () => {
    const edges = [
      0.34657359027997264, 0.3465735902799727, 1.0397207708399179, 1.039720770839918, -0.34657359027997264,
      -1.0397207708399179, 3.725290298461914e-9, -3.725290298461914e-9, 1, -1, 709.782712893384, 709.7827128933839,
      -708.3964185322641, -708.4, -709, -744.44, -745.1332191019411, -745.13321910194122, 7.450580596923828e-9,
    ];
    for (const x of edges) expect(ulpDistance(exp(x), Math.exp(x)), `exp(${x})`).toBeLessThanOrEqual(1);
  });

  it('handles NaN, infinities, overflow and underflow as fdlibm does', () => {
    expect(exp(NaN)).toBeNaN();
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(709.79)).toBe(Infinity);
    expect(exp(-745.2)).toBe(0);
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
  });

  it('gives e correctly rounded at 1 (the Number value of Math.E)', () => {
    expect(exp(1)).toBe(2.718281828459045);
  });
});
