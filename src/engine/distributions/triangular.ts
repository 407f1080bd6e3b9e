import { constant } from './constant.js';
import { requireFinite, type Distribution } from './distribution.js';

/**
 * The triangular distribution on [min, max] with its peak at mode; with min == max,
 * the constant min.
 *
 * Method: closed-form inverse CDF with Math.sqrt: with c = (mode - min) / (max - min),
 * quantile(u) = min + sqrt(u (max - min) (mode - min)) for u < c, else
 * max - sqrt((1 - u) (max - min) (max - mode)). Mean (min + mode + max) / 3.
 * Cost: one square root a draw.
 * Throws a RangeError naming the parameter unless min, mode and max are finite,
 * min <= max, min <= mode <= max, and max - min is finite.
 *
 * @example
 * triangular(0, 0, 1).quantile(0.25); // 0.1339745962155614 (1 - sqrt(0.75))
 * triangular(0, 1, 2).mean; // 1
 */
export function triangular(min: number, mode: number, max: number): Distribution {
  requireFinite('triangular', 'min', min);
  requireFinite('triangular', 'mode', mode);
  requireFinite('triangular', 'max', max);
  if (!(min <= max)) throw new RangeError(`triangular: max must be >= min; got min ${min}, max ${max}`);
  if (!(mode >= min && mode <= max)) {
    throw new RangeError(`triangular: mode must lie in [min, max]; got ${mode} with [${min}, ${max}]`);
  }
  const span = max - min;
  if (!Number.isFinite(span)) throw new RangeError(`triangular: max - min must be finite; got min ${min}, max ${max}`);
  if (span === 0) return constant(min);
  const split = (mode - min) / span;
  const lower = span * (mode - min);
  const upper = span * (max - mode);
  return {
    kind: 'triangular',
    mean: (min + mode + max) / 3,
    min,
    max,
    quantile: (u) => (u < split ? min + Math.sqrt(u * lower) : max - Math.sqrt((1 - u) * upper)),
    quantiles: (column, count) => {
      for (let i = 0; i < count; i++) {
        const u = column[i];
        column[i] = u < split ? min + Math.sqrt(u * lower) : max - Math.sqrt((1 - u) * upper);
      }
    },
  };
}
