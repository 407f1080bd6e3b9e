import type { Distribution } from './distribution.js';
import { DISTRIBUTION_KINDS, kindEntry, kindsOfFamily, ownParams, type DistributionKind, type DistributionSpec } from './kinds.js';

export type { DistributionSpec } from './kinds.js';

/**
 * Builds the Distribution a scenario's JSON form describes: a number gives `constant`,
 * `{ dist, ...parameters }` the factory of the kind with that family (`DISTRIBUTION_KINDS`);
 * a family of several forms takes exactly one of them (`lognormal`: one of {mean, sigma},
 * {median, sigma} and {low, high}). The `source` field is ignored.
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
  if (typeof spec === 'number') return DISTRIBUTION_KINDS.number.build({ value: spec });
  if (typeof spec !== 'object' || spec === null) {
    throw new RangeError(`expected a number or a distribution object; got ${String(spec)}`);
  }
  const s = spec as { dist?: unknown } & Record<string, unknown>;
  return kindEntry(specKind(s)).build(s as Record<string, number>);
}

/**
 * The one kind a tagged object is: the only form of its family, or, for a family of
 * several, the one form whose own parameters it has, with no parameter of another.
 */
function specKind(s: { dist?: unknown } & Record<string, unknown>): DistributionKind {
  const forms = kindsOfFamily(s.dist);
  if (forms.length === 0) throw new RangeError(`unknown distribution ${JSON.stringify(s.dist)}`);
  if (forms.length === 1) return forms[0];
  const has = (name: string): boolean => s[name] !== undefined;
  const marked = forms.filter((kind) => ownParams(kind).some(has));
  const chosen = marked.length === 1 ? marked[0] : undefined;
  const own = new Set(chosen === undefined ? [] : kindEntry(chosen).params.map((p) => p.name));
  const stray = forms.some((kind) => kindEntry(kind).params.some((p) => !own.has(p.name) && has(p.name)));
  if (chosen === undefined || stray) {
    const pairs = forms.map((kind) => `{${kindEntry(kind).params.map((p) => p.name).join(', ')}}`);
    throw new RangeError(`${String(s.dist)}: give exactly one of ${pairs.slice(0, -1).join(', ')} and ${pairs[pairs.length - 1]}`);
  }
  return chosen;
}
