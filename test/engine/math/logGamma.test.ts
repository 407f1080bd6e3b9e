import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/engine/math/index.js';

/** [x, ln Gamma(x)] computed with scipy 1.17.1: `scipy.special.gammaln(x)`, printed with repr. */
const SCIPY_GAMMALN: [number, number][] = [
  [1e-300, 690.7755278982137],
  [1e-30, 69.07755278982137],
  [1e-08, 18.42068073818021],
  [0.001, 6.907178885383853],
  [0.1, 2.252712651734206],
  [0.25, 1.2880225246980774],
  [0.5, 0.5723649429247],
  [0.75, 0.20328095143129538],
  [0.9, 0.06637623973474327],
  [0.99, 0.00585480676470973],
  [1.0000000001, -5.772157126783244e-11],
  [1.25, -0.09827183642181311],
  [1.4616321449683622, -0.1214862905358497],
  [1.5, -0.12078223763524526],
  [1.75, -0.08440112102048558],
  [1.9999999, -4.227843020121469e-08],
  [2.0000001, 4.2278436665324974e-08],
  [2.5, 0.2846828704729192],
  [3.0, 0.6931471805599453],
  [3.5, 1.2009736023470743],
  [4.75, 2.808571418575737],
  [7.999, 8.523145786158915],
  [8.0, 8.525161361065415],
  [8.5, 9.549267257300997],
  [12.3, 18.238983407092245],
  [15.0, 25.191221182738683],
  [15.5, 26.536914491115613],
  [33.3, 82.60372358165493],
  [100.0, 359.1342053695754],
  [1234.5, 7550.550901077894],
  [10000.0, 82099.71749644238],
  [20000.0, 178065.71824964616],
  [1000000.0, 12815504.569147611],
  [10000000000.0, 220258509288.81058],
  [1000000000000000.0, 3.3538776394910668e+16],
  [1e+20, 4.5051701859880917e+21],
  [1e+100, 2.292585092994046e+102],
  [1e+300, 6.897755278982137e+302],
];

describe('logGamma (fdlibm e_lgamma_r.c port, x > 0)', () => {
  it('matches scipy.special.gammaln within 6e-16 relative, or 6e-16 absolute where |ln Gamma| < 1', () => {
    for (const [x, expected] of SCIPY_GAMMALN) {
      const got = logGamma(x);
      const error = Math.abs(got - expected);
      expect(error, `x = ${x}: ${got} vs ${expected}`).toBeLessThanOrEqual(6e-16 * Math.max(1, Math.abs(expected)));
    }
  });

  it('is exactly 0 at 1 and 2, and ln(n - 1)! at small integers (closed form)', () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    let factorial = 1;
    for (let n = 3; n <= 20; n++) {
      factorial *= n - 1;
      expect(Math.abs(logGamma(n) - Math.log(factorial)), `n = ${n}`).toBeLessThanOrEqual(4e-16 * Math.log(factorial));
    }
  });

  it('gives Infinity at 0 and Infinity, NaN for NaN and negative arguments', () => {
    expect(logGamma(0)).toBe(Infinity);
    expect(logGamma(Infinity)).toBe(Infinity);
    expect(logGamma(NaN)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
  });
});
