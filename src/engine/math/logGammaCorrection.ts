import { log } from './log.js';
import { logGamma } from './logGamma.js';

/** 0.5 ln(2 pi). */
const HALF_LN_2PI = 0.9189385332046728;

/**
 * The remainder of Stirling's approximation to ln Gamma:
 * logGammaCorrection(z) = ln Gamma(z) - ((z - 1/2) ln z - z + ln(2 pi) / 2), for z > 0
 * (about 1/(12 z) for large z). It lets differences such as ln B(a, b) or ln k! - ...
 * be formed without the cancellation of two large ln Gamma values.
 *
 * Method: for z >= 8 the asymptotic series 1/(12z) - 1/(360z^3) + ... + 43867/(244188 z^17)
 * (truncation error below 2e-17); below 8, `logGamma` minus the Stirling terms
 * (absolute error about 1e-15 there).
 * Cost: about 12 flops and a division for z >= 8; otherwise `logGamma` and one `log`.
 * Never throws; z <= 0 or NaN gives NaN.
 *
 * @example
 * logGammaCorrection(10); // 0.00833056343336287
 * logGammaCorrection(1e6); // 8.333333333333055e-8
 */
export function logGammaCorrection(z: number): number {
  if (!(z > 0)) return NaN;
  if (z < 8) return logGamma(z) - ((z - 0.5) * log(z) - z + HALF_LN_2PI);
  const r = 1 / z;
  const r2 = r * r;
  return (
    r *
    (1 / 12 -
      r2 *
        (1 / 360 -
          r2 *
            (1 / 1260 -
              r2 *
                  (1 / 1680 -
                    r2 * (1 / 1188 - r2 * (691 / 360360 - r2 * (1 / 156 - r2 * (3617 / 122400 - (r2 * 43867) / 244188))))))))
  );
}
