/**
 * Makes the JSON object or array `target` hold the same data as `source`, in place:
 * keys and elements that are already equal keep their identity (so a Svelte `$state`
 * proxy changes only where the data did, and the page redraws, and loses focus, only
 * there), the rest is overwritten with copies of `source`'s. Returns false, changing
 * nothing, when the two are not both objects or both arrays (the caller replaces the
 * whole value then). Keys come out in `source`'s order. Cost: one visit of each node.
 *
 * @example
 * const draft = { name: 'a', vendors: [{ id: 'x' }, { id: 'y' }] };
 * const kept = draft.vendors[0];
 * patchJson(draft, { name: 'b', vendors: [{ id: 'x' }] }); // true
 * draft; // { name: 'b', vendors: [{ id: 'x' }] }, and draft.vendors[0] === kept
 */
export function patchJson(target: unknown, source: unknown): boolean {
  if (!isContainer(target) || !isContainer(source) || Array.isArray(target) !== Array.isArray(source)) return false;
  if (Array.isArray(target) && Array.isArray(source)) {
    if (target.length > source.length) target.length = source.length;
    source.forEach((value, i) => {
      if (i >= target.length) target.push(structuredClone(value));
      else patchEntry(target as unknown as Record<number, unknown>, i, value);
    });
    return true;
  }
  const t = target as Record<string, unknown>;
  const s = source as Record<string, unknown>;
  for (const key of Object.keys(t)) if (!Object.hasOwn(s, key) || s[key] === undefined) delete t[key];
  for (const [key, value] of Object.entries(s)) if (value !== undefined) patchEntry(t, key, value);
  // Key order is data here (a scenario's vectors and components decide its draws in that
  // order): when it came out otherwise, take every key out and put it back in `source`'s
  // order, each value kept as it is.
  const order = Object.keys(s).filter((key) => s[key] !== undefined);
  const keys = Object.keys(t);
  if (keys.length === order.length && keys.some((key, i) => key !== order[i])) {
    const values = order.map((key) => t[key]);
    for (const key of order) delete t[key];
    order.forEach((key, i) => (t[key] = values[i]));
  }
  return true;
}

function patchEntry(parent: Record<string | number, unknown>, key: string | number, value: unknown): void {
  const current = parent[key];
  if (Object.is(current, value) || patchJson(current, value)) return;
  parent[key] = structuredClone(value);
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}
