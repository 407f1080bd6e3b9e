/**
 * Renaming and removing the names of a scenario (attack vectors, cost components,
 * amplifiers, controls) together with every use of them, in place (so a Svelte `$state`
 * proxy sees each change). Key order is kept: the order of vectors and components decides
 * the simulation's draws, so a renamed key takes the old key's place. A map whose keys
 * change is replaced whole by a plain object rebuilt in order (`setNamesMap`): a Svelte
 * proxy keeps a deleted key's place in its target, so deleting and adding keys on it
 * cannot move one.
 */

/** The maps of names a scenario has, and where each lives. */
export type NameKind = 'vectors' | 'components' | 'amplifiers' | 'controls';

type Json = Record<string, any>;

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** The map of names of `kind` in `json`, or undefined when it has none. */
export function namesMap(json: unknown, kind: NameKind): Json | undefined {
  const j = json as Json | null;
  const map = kind === 'vectors' ? j?.frequency?.vectors
    : kind === 'components' ? j?.magnitude?.components
    : kind === 'amplifiers' ? j?.magnitude?.amplifiers
    : j?.controls;
  return map !== null && typeof map === 'object' && !Array.isArray(map) ? map : undefined;
}

/**
 * Puts `map` in `json` as its names of `kind`, in place of the one there (the parent must
 * exist). The map is copied as plain JSON, so that its key order is its own.
 *
 * @example
 * setNamesMap(model, 'vectors', { phishing: 1 }); // model.frequency.vectors is { phishing: 1 }
 */
export function setNamesMap(json: unknown, kind: NameKind, map: Json | undefined): void {
  const j = json as Json;
  const [parent, key] = kind === 'vectors' ? [j.frequency, 'vectors']
    : kind === 'components' ? [j.magnitude, 'components']
    : kind === 'amplifiers' ? [j.magnitude, 'amplifiers']
    : [j, 'controls'];
  if (map === undefined) delete parent[key];
  else parent[key] = plain(map);
}

/** A copy of plain JSON data, taken through its own key order (works on a Svelte proxy too). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
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
export function withRenamedKey(map: Json, old: string, next: string): Json {
  const out: Json = {};
  for (const k of Object.keys(map)) out[k === old ? next : k] = map[k];
  return out;
}

/**
 * A copy of `map` without key `name`, the others in their order.
 *
 * @example
 * withoutKey({ a: 1, b: 2, c: 3 }, 'b'); // { a: 1, c: 3 }
 */
export function withoutKey(map: Json, name: string): Json {
  const out: Json = {};
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
export function addName(json: unknown, kind: NameKind, name: string, value: unknown): void {
  setNamesMap(json, kind, { ...plain(namesMap(json, kind) ?? {}), [name]: value });
}

/** The effects of every control, with their control's id. */
function effectsOf(json: unknown): Json[] {
  const controls = namesMap(json, 'controls');
  if (!controls) return [];
  return Object.values(controls).flatMap((c) => (c && Array.isArray(c.effects) ? c.effects.filter((e: unknown) => e !== null && typeof e === 'object') : []));
}

/** The vendors' control lists. */
function vendorLists(json: unknown): unknown[][] {
  const vendors = (json as Json | null)?.vendors;
  if (!Array.isArray(vendors)) return [];
  return vendors.filter((v) => v && Array.isArray(v.controls)).map((v) => v.controls);
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
        else if (entry !== null && typeof entry === 'object' && (entry as Json).id === old) (entry as Json).id = next;
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
        const id = entry !== null && typeof entry === 'object' ? (entry as Json).id : entry;
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

/**
 * A name `map` does not have yet: `base`, else `base2`, `base3`, ...
 *
 * @example
 * freshName({ vector: 0.5 }, 'vector'); // 'vector2'
 */
export function freshName(map: Json | undefined, base: string): string {
  if (!map || !Object.hasOwn(map, base)) return base;
  let n = 2;
  while (Object.hasOwn(map, `${base}${n}`)) n++;
  return `${base}${n}`;
}

/**
 * Scales every share of `map` but `keep` so that the shares sum to 1, in place (plain and
 * `{ value, source }` shares alike, each keeping its form). Returns false and changes
 * nothing when a share is not a number, `keep` is above 1, or the others sum to 0 (then
 * there is nothing to scale; with `keep` alone, it becomes 1).
 *
 * @example
 * const n = { a: 0.6, b: { value: 0.25 }, c: 0.25 };
 * rescaleRest(n, 'a'); // true; n is { a: 0.6, b: { value: 0.2 }, c: 0.2 }
 */
export function rescaleRest(map: Json, keep: string): boolean {
  const valueOf = (share: unknown) => (share !== null && typeof share === 'object' ? (share as Json).value : share);
  const values = Object.fromEntries(Object.keys(map).map((k) => [k, valueOf(map[k])]));
  if (Object.values(values).some((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)) return false;
  const kept = Object.hasOwn(values, keep) ? (values[keep] as number) : 0;
  const others = Object.keys(values).filter((k) => k !== keep);
  if (others.length === 0) {
    if (!Object.hasOwn(map, keep)) return false;
    write(map, keep, 1);
    return true;
  }
  const rest = others.reduce((s, k) => s + (values[k] as number), 0);
  if (kept > 1 || rest === 0) return false;
  const target = 1 - kept;
  for (const k of others) write(map, k, Number(((values[k] as number) * target / rest).toPrecision(12)));
  // Rounding may leave a residue: put it on the largest of the others, exactly.
  const total = Object.keys(map).reduce((s, k) => s + (valueOf(map[k]) as number), 0);
  if (total !== 1) {
    const largest = others.reduce((a, b) => ((valueOf(map[b]) as number) > (valueOf(map[a]) as number) ? b : a));
    const without = Object.keys(map).filter((k) => k !== largest).reduce((s, k) => s + (valueOf(map[k]) as number), 0);
    write(map, largest, Number((1 - without).toPrecision(12)));
  }
  return true;
}

function write(map: Json, key: string, value: number): void {
  const share = map[key];
  if (share !== null && typeof share === 'object') share.value = value;
  else map[key] = value;
}
