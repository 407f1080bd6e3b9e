import { checkShape, tableDistribution } from './beta.js';
import { constant } from './constant.js';
import { requireFinite, type Distribution } from './distribution.js';
import { betaInverseTable } from './inverseTable.js';

/**
 * The (modified) PERT distribution on [min, max] with mode `mode` and shape gamma
 * (4 for the classical PERT): min + (max - min) X with X ~ Beta(alpha, beta),
 * alpha = 1 + gamma (mode - min) / (max - min), beta = 1 + gamma (max - mode) / (max - min),
 * mean (min + gamma mode + max) / (gamma + 2). With min == max, the constant min;
 * a mode at min or max is fine (alpha or beta is then 1).
 *
 * Method: the Beta(alpha, beta) inverse-CDF table of `beta` (built once here; see there),
 * scaled to [min, max]: a draw is a table lookup and one cubic.
 * Exactness: |F(quantile(u)) - u| <= 1e-6 for every u (Kolmogorov distance <= 1e-6;
 * alpha, beta >= 1 here, always within the shapes where the bound holds), and the
 * table's mean matches the closed form within 1e-7 relative.
 * Cost: building 0.05 to 0.6 ms once the JIT has warmed up (a few ms for the first table
 * in a process) and at most about 35 KiB; a draw 5 to 10 ns.
 *
 * Throws a RangeError naming the parameter unless min, mode and max are finite with
 * min <= mode <= max and max - min finite, and 0 < gamma <= 9999 (so alpha, beta <= 1e4).
 *
 * @example
 * pert(0, 0.5, 1).mean; // 0.5
 * pert(10, 12, 20).mean; // 13
 */
export function pert(min: number, mode: number, max: number, gamma = 4): Distribution {
  requireFinite('pert', 'min', min);
  requireFinite('pert', 'mode', mode);
  requireFinite('pert', 'max', max);
  if (!(min <= max)) throw new RangeError(`pert: max must be >= min; got min ${min}, max ${max}`);
  if (!(mode >= min && mode <= max)) {
    throw new RangeError(`pert: mode must lie in [min, max]; got ${mode} with [${min}, ${max}]`);
  }
  if (typeof gamma !== 'number' || !(gamma > 0 && gamma <= 9999)) throw new RangeError(`pert: gamma must be a number in (0, 9999]; got ${gamma}`);
  const span = max - min;
  if (!Number.isFinite(span)) throw new RangeError(`pert: max - min must be finite; got min ${min}, max ${max}`);
  if (span === 0) return constant(min);
  const alpha = 1 + (gamma * (mode - min)) / span;
  const beta = 1 + (gamma * (max - mode)) / span;
  checkShape('pert', 'alpha', alpha);
  checkShape('pert', 'beta', beta);
  const mean = (min + gamma * mode + max) / (gamma + 2);
  return tableDistribution('pert', mean, min, max, () => betaInverseTable(alpha, beta));
}
