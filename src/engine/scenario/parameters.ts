import { fromSpec, type Distribution, type DistributionSpec } from '../distributions/index.js';
import type { DistributionInput, SourcedNumber } from './schema.js';

/**
 * The number in a plain or sourced number.
 *
 * @example
 * numberValue(0.2); // 0.2
 * numberValue({ value: 0.2, source: 'IBM 2021' }); // 0.2
 */
export function numberValue(input: SourcedNumber): number {
  return typeof input === 'number' ? input : input.value;
}

/**
 * The distribution a scenario parameter describes: a number is a constant,
 * `{ value, source }` a sourced constant, an object with `dist` a distribution.
 * Throws the factory's RangeError (naming the bad parameter) on impossible values.
 *
 * @example
 * toDistribution({ dist: 'pert', min: 0.5, mode: 0.8, max: 0.95 }).mean; // 0.775
 * toDistribution(0.39).quantile(0.5); // 0.39
 */
export function toDistribution(input: DistributionInput): Distribution {
  if (typeof input === 'number') return fromSpec(input);
  if (!('dist' in input)) return fromSpec(input.value);
  return fromSpec(input as DistributionSpec);
}
