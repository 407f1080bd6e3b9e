/**
 * Renaming and removing the names of a scenario (attack vectors, cost components,
 * amplifiers, controls) together with every use of them, in place (so a Svelte `$state`
 * proxy sees each change). Key order is kept: the order of vectors and components decides
 * the simulation's draws, so a renamed key takes the old key's place. A map whose keys
 * change is replaced whole by a plain object rebuilt in order (`setNamesMap`): a Svelte
 * proxy keeps a deleted key's place in its target, so deleting and adding keys on it
 * cannot move one.
 */
import { isRecord, plain, recordsOf, type DraftJson, type DraftObject } from '../draftJson.js';

/** The maps of names a scenario has, and where each lives. */
export type NameKind = 'vectors' | 'components' | 'amplifiers' | 'controls';

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** The object that holds the names of `kind` (`frequency`, `magnitude`, the root), and its key there. */
function home(json: unknown, kind: NameKind): [DraftObject | undefined, string] {
  const root = isRecord(json) ? json : undefined;
  if (kind === 'vectors') return [isRecord(root?.frequency) ? root.frequency : undefined, 'vectors'];
  if (kind === 'controls') return [root, 'controls'];
  return [isRecord(root?.magnitude) ? root.magnitude : undefined, kind];
}

/** The map of names of `kind` in `json`, or undefined when it has none. */
export function namesMap(json: unknown, kind: NameKind): DraftObject | undefined {
  const [parent, key] = home(json, kind);
  const map = parent?.[key];
  return isRecord(map) ? map : undefined;
}

/**
 * Puts `map` in `json` as its names of `kind`, in place of the one there (the parent must
 * exist). The map is copied as plain JSON, so that its key order is its own.
 *
 * @example
 * setNamesMap(model, 'vectors', { phishing: 1 }); // model.frequency.vectors is { phishing: 1 }
 */
export function setNamesMap(json: unknown, kind: NameKind, map: DraftObject | undefined): void {
  const [parent, key] = home(json, kind);
  if (!parent) throw new RangeError(`setNamesMap: no object to hold the ${kind}`);
  if (map === undefined) delete parent[key];
  else parent[key] = plain(map);
}

/**
 * Why `next` cannot replace `old` among `names`, or undefined when it can (the same name is
 * no change, and allowed).
 *
 * @example
 * renameProblem(['credentials', 'phishing'], 'phishing', 'credentials'); // '"credentials" is already a name here'
 * renameProblem(['credentials'], 'credentials', ' '); // 'a name cannot be empty'
 * renameProblem(['credentials'], 'credentials', 'stolenCredentials'); // undefined
 */
export function renameProblem(names: readonly string[], old: string, next: string): string | undefined {
  if (next.trim() === '') return 'a name cannot be empty';
  if (next !== next.trim()) return 'a name cannot start or end with a space';
  if (RESERVED.has(next)) return `"${next}" cannot be a name: it is reserved by JavaScript`;
  if (next !== old && names.includes(next)) return `"${next}" is already a name here`;
  return undefined;
}

/**
 * A copy of `map` with key `old` renamed to `next`, in `old`'s place among the keys.
 *
 * @example
 * Object.keys(withRenamedKey({ a: 1, b: 2, c: 3 }, 'b', 'x')); // ['a', 'x', 'c']
 */
export function withRenamedKey(map: DraftObject, old: string, next: string): DraftObject {
  const out: DraftObject = {};
  for (const k of Object.keys(map)) out[k === old ? next : k] = map[k];
  return out;
}

/**
 * A copy of `map` without key `name`, the others in their order.
 *
 * @example
 * withoutKey({ a: 1, b: 2, c: 3 }, 'b'); // { a: 1, c: 3 }
 */
export function withoutKey(map: DraftObject, name: string): DraftObject {
  const out: DraftObject = {};
  for (const k of Object.keys(map)) if (k !== name) out[k] = map[k];
  return out;
}

/**
 * Adds `name` with `value` at the end of the names of `kind` (the map created when there is
 * none), replacing the map whole.
 *
 * @example
 * addName(model, 'vectors', 'smishing', 0); // the last vector is smishing, share 0
 */
export function addName(json: unknown, kind: NameKind, name: string, value: DraftJson): void {
  setNamesMap(json, kind, { ...plain(namesMap(json, kind) ?? {}), [name]: value });
}

/**
 * A name `map` does not have yet: `base`, else `base2`, `base3`, ...
 *
 * @example
 * freshName({ vector: 0.5 }, 'vector'); // 'vector2'
 */
export function freshName(map: DraftObject | undefined, base: string): string {
  if (!map || !Object.hasOwn(map, base)) return base;
  let n = 2;
  while (Object.hasOwn(map, `${base}${n}`)) n++;
  return `${base}${n}`;
}

/**
 * Adds `value` under a name of `kind` not taken yet (`base`, `base2`, ...), at the end
 * (`addName`), and returns that name.
 *
 * @example
 * addFreshName(model, 'amplifiers', 'amplifier', { label: 'New amplifier', probability: 0, amount: 0 }); // 'amplifier'
 */
export function addFreshName(json: unknown, kind: NameKind, base: string, value: DraftJson): string {
  const name = freshName(namesMap(json, kind), base);
  addName(json, kind, name, value);
  return name;
}

/** The effects of every control. */
function effectsOf(json: unknown): DraftObject[] {
  const controls = namesMap(json, 'controls');
  if (!controls) return [];
  return Object.values(controls).flatMap((c) => (isRecord(c) ? recordsOf(c.effects) : []));
}

/** The vendors' control lists. */
function vendorLists(json: unknown): DraftJson[][] {
  const vendors = isRecord(json) ? json.vendors : undefined;
  return recordsOf(vendors).flatMap((v) => (Array.isArray(v.controls) ? [v.controls] : []));
}

/**
 * Renames name `old` of `kind` to `next` in `json`, in place, with its uses: a vector,
 * component or amplifier in every effect that targets it, a control in every vendor that
 * lists it. Returns the problem and changes nothing when the new name is empty or taken.
 *
 * @example
 * renameName(model, 'vectors', 'credentials', 'stolenCredentials'); // undefined
 * // model.controls.mfa.effects[0].vectors is ['stolenCredentials', 'phishing']
 */
export function renameName(json: unknown, kind: NameKind, old: string, next: string): string | undefined {
  const map = namesMap(json, kind);
  if (!map || !Object.hasOwn(map, old)) return `no ${kind} named "${old}"`;
  const problem = renameProblem(Object.keys(map), old, next);
  if (problem || old === next) return problem;
  setNamesMap(json, kind, withRenamedKey(plain(map), old, next));
  if (kind === 'controls') {
    for (const list of vendorLists(json)) {
      list.forEach((entry, i) => {
        if (entry === old) list[i] = next;
        else if (isRecord(entry) && entry.id === old) entry.id = next;
      });
    }
  } else {
    for (const effect of effectsOf(json)) {
      const targets = effect[kind];
      if (Array.isArray(targets)) targets.forEach((t, i) => { if (t === old) targets[i] = next; });
    }
  }
  return undefined;
}

/**
 * Removes name `name` of `kind` from `json`, in place, with its uses: from the targets of
 * every effect (an effect left with no target keeps an empty list, which the engine
 * reports), or, for a control, from every vendor's list. With `dropEmpty`, a map left
 * empty is removed (cost components: the base loss then counts whole).
 *
 * @example
 * removeName(model, 'controls', 'mfa'); // no control mfa, and no vendor lists it
 */
export function removeName(json: unknown, kind: NameKind, name: string, dropEmpty = false): void {
  const map = namesMap(json, kind);
  if (!map || !Object.hasOwn(map, name)) return;
  // Deleted in place, not rebuilt: undo (which patches the draft in place, new keys last)
  // then puts the name back where it was, the proxy keeping its place.
  if (dropEmpty && Object.keys(map).length === 1) setNamesMap(json, kind, undefined);
  else delete map[name];
  if (kind === 'controls') {
    for (const list of vendorLists(json)) {
      for (let i = list.length - 1; i >= 0; i--) {
        const entry = list[i];
        const id = isRecord(entry) ? entry.id : entry;
        if (id === name) list.splice(i, 1);
      }
    }
  } else {
    for (const effect of effectsOf(json)) {
      const targets = effect[kind];
      if (!Array.isArray(targets)) continue;
      for (let i = targets.length - 1; i >= 0; i--) if (targets[i] === name) targets.splice(i, 1);
    }
  }
}
