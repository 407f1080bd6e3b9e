import { isRecord, type DraftJson, type DraftObject } from '../draftJson.js';
import { addFreshName, namesMap, removeName } from './names.js';

/** The maps of shares that must sum to 1. */
export type ShareKind = 'vectors' | 'components';

/**
 * Adds a share named `vector` or `component` (`vector2`, ... when taken) at the end: 0
 * beside the others, or 1 when it is the first (the map is created then).
 *
 * @example
 * addShare(model, 'vectors'); // 'vector'; model.frequency.vectors.vector === 0
 */
export function addShare(json: unknown, kind: ShareKind): string {
  const present = namesMap(json, kind) !== undefined;
  return addFreshName(json, kind, kind === 'vectors' ? 'vector' : 'component', present ? 0 : 1);
}

/**
 * Removes share `name` with its uses in the effects (`removeName`); removing the last cost
 * component removes the map (the base loss then counts whole).
 *
 * @example
 * removeShare(model, 'components', 'notification'); // no component notification, no effect targets it
 */
export function removeShare(json: unknown, kind: ShareKind, name: string): void {
  removeName(json, kind, name, kind === 'components');
}

/**
 * Scales every share of `kind` but `keep` so that they sum to 1 (`rescaleRest`); false,
 * changing nothing, when there is no such map or it cannot be scaled.
 *
 * @example
 * rescaleShares(model, 'vectors', 'phishing'); // true: the others scaled to 1 - phishing's share
 */
export function rescaleShares(json: unknown, kind: ShareKind, keep: string): boolean {
  const map = namesMap(json, kind);
  return map !== undefined && rescaleRest(map, keep);
}

/** The number of a plain or `{ value, source }` share, or what the share holds instead. */
function valueOf(share: DraftJson | undefined): DraftJson | undefined {
  return isRecord(share) ? share.value : share;
}

/** The number of every share, when every one is a finite number of at least 0. */
function numbersOf(map: DraftObject): Record<string, number> | undefined {
  const entries: [string, number][] = [];
  for (const k of Object.keys(map)) {
    const v = valueOf(map[k]);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return undefined;
    entries.push([k, v]);
  }
  return Object.fromEntries(entries);
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
export function rescaleRest(map: DraftObject, keep: string): boolean {
  const values = numbersOf(map);
  if (!values) return false;
  const kept = Object.hasOwn(values, keep) ? values[keep] : 0;
  const others = Object.keys(values).filter((k) => k !== keep);
  if (others.length === 0) {
    if (!Object.hasOwn(map, keep)) return false;
    write(map, keep, 1);
    return true;
  }
  const rest = others.reduce((s, k) => s + values[k], 0);
  if (kept > 1 || rest === 0) return false;
  const target = 1 - kept;
  for (const k of others) write(map, k, Number((values[k] * target / rest).toPrecision(12)));
  // Rounding may leave a residue: put it on the largest of the others, exactly.
  const now = (k: string) => valueOf(map[k]) as number;
  const total = Object.keys(map).reduce((s, k) => s + now(k), 0);
  if (total !== 1) {
    const largest = others.reduce((a, b) => (now(b) > now(a) ? b : a));
    const without = Object.keys(map).filter((k) => k !== largest).reduce((s, k) => s + now(k), 0);
    write(map, largest, Number((1 - without).toPrecision(12)));
  }
  return true;
}

function write(map: DraftObject, key: string, value: number): void {
  const share = map[key];
  if (isRecord(share)) share.value = value;
  else map[key] = value;
}
