import { constant } from './constant.js';
import { requireFinite, type Distribution } from './distribution.js';

/**
 * The continuous uniform distribution on [min, max]; with min == max, the constant min.
 *
 * Method: quantile(u) = min + (max - min) u. Mean (min + max) / 2.
 * Cost: one multiply-add a draw.
 * Throws a RangeError naming the parameter unless min and max are finite, min <= max,
 * and max - min is finite.
 *
 * @example
 * uniform(2, 4).quantile(0.25); // 2.5
 * uniform(2, 4).mean; // 3
 */
export function uniform(min: number, max: number): Distribution {
  requireFinite('uniform', 'min', min);
  requireFinite('uniform', 'max', max);
  if (!(min <= max)) throw new RangeError(`uniform: max must be >= min; got min ${min}, max ${max}`);
  const span = max - min;
  if (!Number.isFinite(span)) throw new RangeError(`uniform: max - min must be finite; got min ${min}, max ${max}`);
  if (span === 0) return constant(min);
  return {
    kind: 'uniform',
    mean: (min + max) / 2,
    min,
    max,
    quantile: (u) => min + span * u,
    quantiles: (column, count) => {
      for (let i = 0; i < count; i++) column[i] = min + span * column[i];
    },
  };
}
