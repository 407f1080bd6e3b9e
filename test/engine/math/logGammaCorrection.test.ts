import { describe, expect, it } from 'vitest';
import { logGammaCorrection } from '../../../src/engine/math/index.js';

/**
 * [z, ln Gamma(z) - ((z - 1/2) ln z - z + ln(2 pi) / 2)] computed with mpmath 1.3.0 (the
 * arbitrary-precision library scipy is tested against) at 50 significant digits:
 * `mp.loggamma(z) - ((z - 0.5) * mp.log(z) - z + mp.log(2 * mp.pi) / 2)`, rounded to double.
 */
const MPMATH_CORRECTION: [number, number][] = [
  [1e-10, 10.593986934110418],
  [0.01, 1.4340079537031842],
  [0.5, 0.15342640972002736],
  [1.0, 0.08106146679532726],
  [2.5, 0.03316287351993629],
  [7.999, 0.010412565487973913],
  [8.0, 0.010411265261972096],
  [9.5, 0.008768700134139386],
  [10.0, 0.00833056343336287],
  [16.0, 0.0052076559196096404],
  [33.3, 0.002502427296421092],
  [100.0, 0.0008333305556349147],
  [1234.5, 6.75037112277304e-05],
  [10000.0, 8.333333330555555e-06],
  [1000000.0, 8.333333333333056e-08],
  [10000000000.0, 8.333333333333334e-12],
];

describe('logGammaCorrection', () => {
  it('matches the 50-digit values: 1e-15 relative (3e-17 absolute) for z >= 8, 2e-15 max(1, |z ln z|) absolute below', () => {
    for (const [z, expected] of MPMATH_CORRECTION) {
      const got = logGammaCorrection(z);
      const tolerance = z >= 8 ? Math.max(1e-15 * Math.abs(expected), 3e-17) : 2e-15 * Math.max(1, Math.abs(z * Math.log(z)));
      expect(Math.abs(got - expected), `z = ${z}: ${got} vs ${expected}`).toBeLessThanOrEqual(tolerance);
    }
  });

  it('approaches 1 / (12 z) (closed form of the leading term)', () => {
    expect(Math.abs(logGammaCorrection(1e8) * 12e8 - 1)).toBeLessThanOrEqual(1e-15);
  });

  it('gives NaN for z <= 0 and NaN', () => {
    expect(logGammaCorrection(0)).toBeNaN();
    expect(logGammaCorrection(-1)).toBeNaN();
    expect(logGammaCorrection(NaN)).toBeNaN();
  });
});
