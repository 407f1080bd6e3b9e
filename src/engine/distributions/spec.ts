import { beta } from './beta.js';
import { constant } from './constant.js';
import type { Distribution } from './distribution.js';
import { lognormalFromMean, lognormalFromMedian, lognormalFromRange } from './lognormal.js';
import { pert } from './pert.js';
import { poisson } from './poisson.js';
import { triangular } from './triangular.js';
import { uniform } from './uniform.js';

/**
 * A distribution as written in a scenario's JSON: a plain number (a constant) or an
 * object tagged by `dist`. Any of them may carry a `source` string (a citation),
 * which does not affect the distribution.
 */
export type DistributionSpec =
  | number
  | { dist: 'constant'; value: number; source?: string }
  | { dist: 'uniform'; min: number; max: number; source?: string }
  | { dist: 'triangular'; min: number; mode: number; max: number; source?: string }
  | { dist: 'pert'; min: number; mode: number; max: number; gamma?: number; source?: string }
  | { dist: 'lognormal'; mean: number; sigma: number; source?: string }
  | { dist: 'lognormal'; median: number; sigma: number; source?: string }
  | { dist: 'lognormal'; low: number; high: number; source?: string }
  | { dist: 'beta'; alpha: number; beta: number; source?: string }
  | { dist: 'poisson'; mean: number; source?: string };

/**
 * Builds the Distribution a scenario's JSON form describes: a number gives `constant`,
 * `{ dist, ...parameters }` the factory of that name (`lognormal` takes exactly one of
 * {mean, sigma}, {median, sigma}, {low, high}). The `source` field is ignored.
 *
 * Cost: that of the factory (a table build for pert and beta).
 * Throws a RangeError for an unknown `dist`, a lognormal with other than exactly one
 * of its three parameter pairs, or whatever the factory throws for bad parameters
 * (messages start with the kind, e.g. `pert: mode must lie in [min, max]; ...`).
 *
 * @example
 * fromSpec(5).mean; // 5
 * fromSpec({ dist: 'pert', min: 0, mode: 0.5, max: 1, source: 'expert panel' }).mean; // 0.5
 */
export function fromSpec(spec: DistributionSpec): Distribution {
  if (typeof spec === 'number') return constant(spec);
  if (typeof spec !== 'object' || spec === null) {
    throw new RangeError(`expected a number or a distribution object; got ${String(spec)}`);
  }
  const s = spec as { dist?: unknown } & Record<string, unknown>;
  const num = (name: string): number => s[name] as number;
  switch (s.dist) {
    case 'constant':
      return constant(num('value'));
    case 'uniform':
      return uniform(num('min'), num('max'));
    case 'triangular':
      return triangular(num('min'), num('mode'), num('max'));
    case 'pert':
      return s.gamma === undefined
        ? pert(num('min'), num('mode'), num('max'))
        : pert(num('min'), num('mode'), num('max'), num('gamma'));
    case 'beta':
      return beta(num('alpha'), num('beta'));
    case 'poisson':
      return poisson(num('mean'));
    case 'lognormal': {
      const has = (name: string): boolean => s[name] !== undefined;
      const forms = (has('mean') ? 1 : 0) + (has('median') ? 1 : 0) + (has('low') || has('high') ? 1 : 0);
      if (forms !== 1 || (has('sigma') && (has('low') || has('high')))) {
        throw new RangeError('lognormal: give exactly one of {mean, sigma}, {median, sigma} and {low, high}');
      }
      if (has('mean')) return lognormalFromMean(num('mean'), num('sigma'));
      if (has('median')) return lognormalFromMedian(num('median'), num('sigma'));
      return lognormalFromRange(num('low'), num('high'));
    }
    default:
      throw new RangeError(`unknown distribution ${JSON.stringify(s.dist)}`);
  }
}
