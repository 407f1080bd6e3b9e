/** A JSON value, as JSON.parse returns it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * One change of a patch: `['s', path, value]` sets a key or index, `['d', path]` deletes
 * a key, `['t', path, length]` shortens an array. Paths are keys and indices from the root.
 */
export type PatchOp = ['s', (string | number)[], Json] | ['d', (string | number)[]] | ['t', (string | number)[], number];

/**
 * The changes that turn `base` into `target`, exactly (`applyPatch(base, diffJson(base,
 * target))` is `target`, key order included, since the order of a scenario's vectors and
 * components decides its draws): objects key by key, arrays index by index, and a whole
 * object set anew when its keys would not come out in the target's order.
 *
 * @example
 * diffJson({ a: 1, b: [1, 2] }, { a: 2, b: [1] }); // [['s', ['a'], 2], ['t', ['b'], 1]]
 */
export function diffJson(base: Json, target: Json, path: (string | number)[] = []): PatchOp[] {
  if (sameJson(base, target)) return [];
  if (Array.isArray(base) && Array.isArray(target)) {
    const ops: PatchOp[] = [];
    for (let i = 0; i < Math.min(base.length, target.length); i++) ops.push(...diffJson(base[i], target[i], [...path, i]));
    for (let i = base.length; i < target.length; i++) ops.push(['s', [...path, i], target[i]]);
    if (target.length < base.length) ops.push(['t', path, target.length]);
    return ops;
  }
  if (isObject(base) && isObject(target)) {
    const baseKeys = Object.keys(base);
    const targetKeys = Object.keys(target);
    const kept = targetKeys.filter((k) => Object.hasOwn(base, k));
    const keptInBaseOrder = baseKeys.filter((k) => Object.hasOwn(target, k));
    const inOrder = kept.every((k, i) => k === keptInBaseOrder[i]) && targetKeys.slice(0, kept.length).every((k, i) => k === kept[i]);
    if (inOrder) {
      const ops: PatchOp[] = [];
      for (const k of baseKeys) if (!Object.hasOwn(target, k)) ops.push(['d', [...path, k]]);
      for (const k of targetKeys) {
        ops.push(...(Object.hasOwn(base, k) ? diffJson(base[k], target[k], [...path, k]) : [['s', [...path, k], target[k]] as PatchOp]));
      }
      return ops;
    }
  }
  return [['s', path, target]];
}

/** Thrown by `applyPatch` when a change does not fit the value it is applied to. */
export class PatchError extends Error {}

/**
 * `base` with the changes applied, in order, on a copy (base is left as it is). Checks
 * every change as untrusted input: its path must lead through existing objects and
 * arrays, an index must be a whole number within the array (or just past its end), and
 * keys are written as own data properties (a key `__proto__` never reaches a prototype).
 * Throws a `PatchError` naming the change otherwise.
 *
 * @example
 * applyPatch({ a: 1, b: [1, 2] }, [['s', ['a'], 2], ['t', ['b'], 1]]); // { a: 2, b: [1] }
 */
export function applyPatch(base: Json, ops: readonly unknown[]): Json {
  let root: Json = structuredClone(base);
  ops.forEach((op, n) => {
    const fail = (why: string): never => {
      throw new PatchError(`change ${n + 1}: ${why}`);
    };
    if (!Array.isArray(op) || !Array.isArray(op[1]) || !op[1].every((k: unknown) => typeof k === 'string' || typeof k === 'number')) {
      fail('not a change');
    }
    const [kind, path, argument] = op as [unknown, (string | number)[], unknown];
    const step = (node: Json, key: string | number): Json | undefined =>
      Array.isArray(node) ? node[key as number] : isObject(node) && Object.hasOwn(node, key) ? node[key as string] : undefined;
    const walk = (keys: (string | number)[]): Json => {
      let node: Json = root;
      for (const key of keys) {
        const next = step(node, key);
        if (next === undefined || next === null || typeof next !== 'object') fail(`no object at ${path.join('.')}`);
        node = next as Json;
      }
      return node;
    };
    if (kind === 't') {
      const array = walk(path);
      if (!Array.isArray(array) || !Number.isInteger(argument) || (argument as number) < 0 || (argument as number) > array.length) fail('not an array to shorten');
      (array as Json[]).length = argument as number;
      return;
    }
    if (path.length === 0) {
      if (kind !== 's') fail('only a set can replace the whole scenario');
      root = structuredClone(argument as Json);
      return;
    }
    const parent = walk(path.slice(0, -1));
    const last = path[path.length - 1];
    if (kind === 's') {
      if (Array.isArray(parent)) {
        if (!Number.isInteger(last) || (last as number) < 0 || (last as number) > parent.length) fail(`index ${String(last)} outside the array`);
        parent[last as number] = structuredClone(argument as Json);
      } else if (isObject(parent) && typeof last === 'string') {
        Object.defineProperty(parent, last, { value: structuredClone(argument as Json), enumerable: true, writable: true, configurable: true });
      } else fail('a key of something that is not an object');
    } else if (kind === 'd') {
      if (!isObject(parent) || typeof last !== 'string' || !Object.hasOwn(parent, last)) fail(`no key ${String(last)} to delete`);
      delete (parent as Record<string, Json>)[last as string];
    } else fail(`unknown kind ${JSON.stringify(kind)}`);
  });
  return root;
}

function isObject(value: unknown): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sameJson(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
