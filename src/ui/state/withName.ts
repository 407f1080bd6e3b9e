/**
 * A copy of scenario JSON `json` with its `name` set to `name`; anything that is not a
 * JSON object (a broken file's array or number) is copied as it is, nameless.
 *
 * @example
 * withName({ format: 'breach-scenario/1', name: 'a' }, 'b'); // { format: 'breach-scenario/1', name: 'b' }
 * withName([1, 2], 'b'); // [1, 2]
 */
export function withName(json: unknown, name: string): unknown {
  const copy = structuredClone(json);
  if (copy === null || typeof copy !== 'object' || Array.isArray(copy)) return copy;
  return { ...copy, name };
}
