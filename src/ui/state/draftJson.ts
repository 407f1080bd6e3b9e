/**
 * The scenario as the page edits it, valid or not: plain JSON, since what is typed is
 * kept as typed (a number field holding "0.4x" holds that text) and a file opened may
 * hold anything. The engine's validation says what is wrong; these types say only what
 * the page can read and write. Read a value through `isRecord`, `Array.isArray` and
 * `typeof` before using it.
 */

/** Any JSON value: an object, a list, a text, a number, true or false, null. */
export type DraftJson = null | boolean | number | string | DraftJson[] | DraftObject;

/** A JSON object; a key holding `undefined` is absent (as `JSON.stringify` drops it). */
export interface DraftObject {
  [key: string]: DraftJson | undefined;
}

/**
 * The draft's root: a scenario's fields by name, each any JSON. The tolerance is typed
 * as an object, the form in which the chart's point reads and writes it whole (the engine
 * reports any other). A file that held no object (a list, a number) is kept as it was:
 * reading a field of it gives undefined, and every edit checks `isRecord` first.
 */
export interface DraftScenario extends DraftObject {
  tolerance?: DraftObject;
}

/** A path of keys and indices into the scenario JSON: `['vendors', 2, 'annualPrice']`. */
export type JsonPath = readonly (string | number)[];

/**
 * Whether `value` is a JSON object (not null, not a list).
 *
 * @example
 * isRecord({ id: 'a' }); // true
 * isRecord(['a']); // false
 * isRecord(null); // false
 */
export function isRecord(value: unknown): value is DraftObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The objects in the list `value`, in order, the rest (texts, numbers, nulls) left out;
 * none when `value` is not a list.
 *
 * @example
 * recordsOf([{ id: 'a' }, 'b', null, { id: 'c' }]); // [{ id: 'a' }, { id: 'c' }]
 * recordsOf('vendors'); // []
 */
export function recordsOf(value: unknown): DraftObject[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/**
 * The entries of the object (or list, by index) `value` whose values are objects, in
 * order; none when `value` is neither.
 *
 * @example
 * recordEntries({ mfa: { label: 'MFA' }, broken: 3 }); // [['mfa', { label: 'MFA' }]]
 */
export function recordEntries(value: unknown): [string, DraftObject][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).filter((entry): entry is [string, DraftObject] => isRecord(entry[1]));
}

/**
 * The value at `path` inside `root`, or undefined when any step is missing.
 * Cost: one property read a step.
 *
 * @example
 * getAt({ vendors: [{ id: 'a' }] }, ['vendors', 0, 'id']); // 'a'
 * getAt({ vendors: [] }, ['vendors', 3, 'id']); // undefined
 */
export function getAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * JSON data (parsed, cloned or loaded) as a draft's root. It checks nothing: whatever
 * JSON it is, the page reads it through the narrowing above.
 *
 * @example
 * asDraft(JSON.parse('{"name": "a"}')).name; // 'a'
 */
export function asDraft(json: unknown): DraftScenario {
  return json as DraftScenario;
}

/**
 * A copy of plain JSON data taken through its own key order (works on a Svelte proxy
 * too, whose snapshot it is).
 *
 * @example
 * plain({ b: 1, a: [2] }); // { b: 1, a: [2] }, a new object
 */
export function plain<T extends DraftJson | undefined>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
