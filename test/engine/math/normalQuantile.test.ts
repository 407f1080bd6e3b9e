import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../src/engine/math/index.js';

/**
 * [p, Phi^-1(p)] computed with scipy 1.17.1: `scipy.special.ndtri(p)`
 * (the function behind `scipy.stats.norm.ppf`), printed with repr.
 */
const SCIPY_NDTRI: [number, number][] = [
  [1e-300, -37.0470962993612],
  [1e-100, -21.273453560965322],
  [1e-20, -9.262340089798409],
  [1e-10, -6.361340902404056],
  [1.1641532182693481e-10, -6.3379577545537895],
  [1e-05, -4.264890793922825],
  [0.001, -3.090232306167813],
  [0.01, -2.3263478740408408],
  [0.02425, -1.972961051311885],
  [0.05, -1.6448536269514729],
  [0.075, -1.4395314709384563],
  [0.07500000000000001, -1.4395314709384557],
  [0.1, -1.2815515655446004],
  [0.2, -0.8416212335729142],
  [0.3, -0.5244005127080409],
  [0.4, -0.2533471031357997],
  [0.45, -0.12566134685507402],
  [0.5, 0.0],
  [0.55, 0.12566134685507416],
  [0.6, 0.2533471031357997],
  [0.7, 0.5244005127080407],
  [0.8, 0.8416212335729143],
  [0.9, 1.2815515655446004],
  [0.925, 1.4395314709384563],
  [0.95, 1.6448536269514722],
  [0.975, 1.959963984540054],
  [0.99, 2.3263478740408408],
  [0.999, 3.090232306167813],
  [0.99999, 4.264890793923841],
  [0.9999999999, 6.361340889697422],
  [0.9999999998835847, 6.3379577545537895],
];

describe('normalQuantile (AS 241, PPND16)', () => {
  it('matches scipy.special.ndtri within 1e-14 relative, from 1e-300 to 1 - 1e-10', () => {
    for (const [p, z] of SCIPY_NDTRI) {
      const got = normalQuantile(p);
      if (z === 0) expect(got, `p = ${p}`).toBe(0);
      else expect(Math.abs(got - z) / Math.abs(z), `p = ${p}: ${got} vs ${z}`).toBeLessThanOrEqual(1e-14);
    }
  });

  it('is odd about 1/2 where 1 - p is exact', () => {
    for (const p of [Math.pow(2, -30), Math.pow(2, -10), 0.0625, 0.125, 0.25, 0.375, 0.4375]) {
      expect(normalQuantile(1 - p)).toBe(-normalQuantile(p));
    }
  });

  it('is increasing across the branch points 0.075, 0.925 and exp(-25)', () => {
    const points = [0.07499999999999, 0.075, 0.0750000000001, 0.92499999999, 0.925, 0.92500000001, 1.3887943864964e-11, 1.3887943864965e-11, 1.3887943864966e-11];
    const sorted = [...points].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(normalQuantile(sorted[i])).toBeGreaterThan(normalQuantile(sorted[i - 1]));
  });

  it('gives -Infinity at 0, Infinity at 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });
});
