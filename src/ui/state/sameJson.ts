/**
 * Whether two JSON values are the same data: equal numbers, strings, booleans and nulls;
 * arrays of the same values in the same order; objects with the same keys and values in
 * any order (a key holding `undefined` counts as absent, as JSON.stringify drops it).
 * Cost: one visit of each node.
 *
 * @example
 * sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }); // true
 * sameJson({ a: 1, b: undefined }, { a: 1 }); // true
 * sameJson([1, 2], [2, 1]); // false
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => Object.hasOwn(y, k) && sameJson(x[k], y[k]));
}
