import fc from 'fast-check';

/**
 * Corruptions of a scenario, as fast-check arbitraries over a real model: edits of its
 * parsed JSON (a field deleted, a value replaced by one of another type or an extreme
 * one, a number scaled by powers of ten, a key repeated), and edits of its text (cut
 * short, a character replaced, random text inserted).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `json` (the root excluded), as keys and indices. */
export function pathsOf(json: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (json === null || typeof json !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(json) ? json.map((v, i) => [i, v]) : Object.entries(json);
  return entries.flatMap(([key, value]) => [[...prefix, key], ...pathsOf(value, [...prefix, key])]);
}

/** Values a hostile or careless author puts where another belongs. */
export const HOSTILE_VALUES: Json[] = [
  null, true, false, '', 'abc', '0x10', ' 12 ', 'NaN', 'Infinity', '\u001b[31m', '\u202e', 'x'.repeat(300),
  -1, 0, 1, -0, 0.5, 1.5, 2, 100, 1e6, 1e8, 1e15, 1e16, 1e300, -1e300, 5e-324, 2 ** 53 + 1,
  [], [1], [null], {}, { value: 'x' }, { dist: 'lognormal' }, { dist: 'pert', min: 1, mode: 0, max: 2 },
  { dist: 'lognormal', median: 1e6, sigma: 40 }, { dist: 'lognormal', mean: 1e15, sigma: 10 }, { __proto__: 1 } as Json,
];

function edit(json: Json, path: (string | number)[], change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = structuredClone(json);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path[path.length - 1]);
  return copy;
}

/** A corrupted copy of `model`, as text. */
export function corruptedText(model: Json): fc.Arbitrary<string> {
  const text = JSON.stringify(model, null, 2);
  const paths = pathsOf(model);
  const path = fc.constantFrom(...paths);
  const structural = fc.oneof(
    path.map((p) => edit(model, p, (parent, key) => (Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]))),
    fc.tuple(path, fc.constantFrom(...HOSTILE_VALUES)).map(([p, value]) => edit(model, p, (parent, key) => (parent[key] = value))),
    fc.tuple(path, fc.integer({ min: -20, max: 20 })).map(([p, power]) =>
      edit(model, p, (parent, key) => {
        if (typeof parent[key] === 'number') parent[key] = (parent[key] as number) * 10 ** power;
      })),
    fc.tuple(path, fc.string({ maxLength: 12 })).map(([p, key]) =>
      edit(model, p, (parent) => {
        if (!Array.isArray(parent)) parent[key || 'k'] = 1;
      })),
    fc.tuple(fc.array(fc.tuple(path, fc.constantFrom(...HOSTILE_VALUES)), { minLength: 2, maxLength: 6 })).map(([changes]) =>
      changes.reduce<Json>((json, [p, value]) => {
        try {
          return edit(json, p, (parent, key) => (parent[key] = value));
        } catch {
          return json; // the path went away with an earlier change
        }
      }, model)),
  ).map((json) => JSON.stringify(json, null, 2));
  const textual = fc.oneof(
    fc.nat({ max: text.length }).map((at) => text.slice(0, at)),
    fc.tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }))
      .map(([at, s]) => text.slice(0, at) + s + text.slice(at + 1)),
    fc.tuple(fc.nat({ max: text.length - 1 }), fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }))
      .map(([at, s]) => text.slice(0, at) + s + text.slice(at)),
    // A key written twice: the second line of an object repeated.
    fc.nat({ max: text.split('\n').length - 2 }).map((line) => {
      const lines = text.split('\n');
      return /^\s*"[^"]+": [^{[]+,$/.test(lines[line]) ? [...lines.slice(0, line + 1), lines[line], ...lines.slice(line + 1)].join('\n') : text.replace('{', '{"name": 1, "name": 2,');
    }),
    fc.constant(`\uFEFF${text}`),
    fc.string({ maxLength: 200, unit: 'binary' }),
  );
  return fc.oneof({ arbitrary: structural, weight: 3 }, { arbitrary: textual, weight: 2 });
}

/** A link fragment (after `#`), cut short or with characters changed. */
export function corruptedFragment(fragment: string): fc.Arbitrary<string> {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%#=+/';
  return fc.oneof(
    fc.nat({ max: fragment.length }).map((at) => fragment.slice(0, at)),
    fc.tuple(fc.nat({ max: fragment.length - 1 }), fc.constantFrom(...alphabet))
      .map(([at, c]) => fragment.slice(0, at) + c + fragment.slice(at + 1)),
    fc.tuple(fc.nat({ max: fragment.length - 1 }), fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }))
      .map(([at, s]) => fragment.slice(0, at) + s + fragment.slice(at)),
    fc.string({ maxLength: 300 }).map((s) => `b1.${s}`),
  );
}
