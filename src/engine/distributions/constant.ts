import { requireFinite, type Distribution } from './distribution.js';

/**
 * The distribution that is always `value` (a point mass).
 *
 * Cost: constant; quantile(u) returns value for every u.
 * Throws a RangeError (`constant: value ...`) unless value is a finite number.
 *
 * @example
 * constant(3).quantile(0.7); // 3
 * constant(3).mean; // 3
 */
export function constant(value: number): Distribution {
  requireFinite('constant', 'value', value);
  return {
    kind: 'constant',
    mean: value,
    min: value,
    max: value,
    quantile: () => value,
    quantiles: (column, count) => {
      column.fill(value, 0, count);
    },
  };
}
