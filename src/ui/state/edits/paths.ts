import { formatPath } from '../../../engine/index.js';
import { getAt, type JsonPath } from '../draftJson.js';

/**
 * Writes `value` at `path` inside `root`, in place (so a Svelte `$state` proxy sees it).
 * Throws a RangeError naming the path when the path is empty or its parent is not an
 * object or array; missing parents are not created.
 *
 * @example
 * const json = { frequency: { annualIncidence: 0.39 } };
 * setAt(json, ['frequency', 'annualIncidence'], 0.4); // json.frequency.annualIncidence === 0.4
 */
export function setAt(root: unknown, path: JsonPath, value: unknown): void {
  if (path.length === 0) throw new RangeError('setAt: the path is empty');
  const parent = getAt(root, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') {
    throw new RangeError(`setAt: no object at ${formatPath(path.slice(0, -1)) || 'the root'}`);
  }
  (parent as Record<string | number, unknown>)[path[path.length - 1]] = value;
}

/**
 * Writes a typed number into the parameter `param` of the value at `path`: into the
 * object's field when the value is an object (`{ value, source }` keeps its shape and its
 * source, a distribution keeps its other parameters), at `path` itself otherwise.
 *
 * @example
 * const json = { share: { value: 0.2, source: 'IBM 2021' } };
 * writeParam(json, ['share'], 'value', 0.25); // json.share is { value: 0.25, source: 'IBM 2021' }
 * writeParam({ x: 1 }, ['x'], 'value', '1.5x'); // the object becomes { x: '1.5x' }
 */
export function writeParam(root: unknown, path: JsonPath, param: string, typed: number | string): void {
  const current = getAt(root, path);
  if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
    (current as Record<string, unknown>)[param] = typed;
  } else {
    setAt(root, path, typed);
  }
}
