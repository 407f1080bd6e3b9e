import { getAt, type JsonPath } from './draftJson.js';
import { sameJson } from './sameJson.js';

/**
 * Whether the source held at `path` now describes a value that has been edited: the
 * object at `path` (the one that holds the `source` key: a `{ value, source }`, a
 * distribution, a vendor, a control, an effect, an amplifier, or a whole section such as
 * `frequency`), its own `source` aside, differs from the baseline's at the same path.
 * Anything inside counts (a vendor's price, a section's parameters). A vendor is
 * compared with the baseline's vendor of the same id, wherever it stands in the list (so
 * removing one vendor marks no other). A path the baseline lacks is edited. Pure; cost:
 * one visit of the two subtrees.
 *
 * @example
 * const loaded = { frequency: { annualIncidence: { value: 0.39, source: 'Thales' }, source: 'lambda = -ln(1 - 0.39)' } };
 * const now = { frequency: { annualIncidence: { value: 0.5, source: 'Thales' }, source: 'lambda = -ln(1 - 0.39)' } };
 * sourceEdited(now, loaded, ['frequency', 'annualIncidence']); // true
 * sourceEdited(now, loaded, ['frequency']); // true
 * sourceEdited(loaded, loaded, ['frequency']); // false
 */
export function sourceEdited(current: unknown, baseline: unknown, path: JsonPath): boolean {
  return !sameJson(withoutSource(getAt(current, path)), withoutSource(getAt(baseline, baselinePath(current, baseline, path))));
}

/** The path in the baseline of what `path` names now: a vendor's index follows its id. */
function baselinePath(current: unknown, baseline: unknown, path: JsonPath): JsonPath {
  if (path[0] !== 'vendors' || typeof path[1] !== 'number') return path;
  const id = (getAt(current, ['vendors', path[1], 'id']));
  const vendors = getAt(baseline, ['vendors']);
  if (!Array.isArray(vendors)) return path;
  const index = vendors.findIndex((v) => v !== null && typeof v === 'object' && (v as { id?: unknown }).id === id);
  return index < 0 ? path : ['vendors', index, ...path.slice(2)];
}

function withoutSource(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { source: _source, ...rest } = value as Record<string, unknown>;
  return rest;
}
