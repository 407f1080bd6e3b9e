/** What an effect can target: the three kinds of names a scenario defines. */
export const TARGET_KINDS = ['vectors', 'components', 'amplifiers'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

type Json = Record<string, unknown>;

/**
 * The kind an effect targets: the first of `vectors`, `components`, `amplifiers` it has,
 * or undefined.
 *
 * @example
 * targetKind({ amplifiers: ['cardData'], reduction: 0.5 }); // 'amplifiers'
 */
export function targetKind(effect: unknown): TargetKind | undefined {
  if (effect === null || typeof effect !== 'object') return undefined;
  return TARGET_KINDS.find((k) => (effect as Json)[k] !== undefined);
}

/**
 * The effect made to target `kind` instead, with no names ticked yet (the engine reports
 * the empty list until one is): its other target keys dropped, its reduction and source kept.
 *
 * @example
 * withTargetKind({ vectors: ['phishing'], reduction: 0.5 }, 'amplifiers'); // { amplifiers: [], reduction: 0.5 }
 */
export function withTargetKind(effect: unknown, kind: TargetKind): Json {
  const record = (effect !== null && typeof effect === 'object' ? effect : {}) as Json;
  const out: Json = { [kind]: [] };
  for (const [k, v] of Object.entries(record)) if (!(TARGET_KINDS as readonly string[]).includes(k)) out[k] = v;
  return out;
}

/**
 * The targets with `name` ticked or unticked, in the order the scenario defines its names
 * (`defined`), any names it does not define kept after them.
 *
 * @example
 * withTarget(['phishing'], 'credentials', true, ['credentials', 'phishing', 'other']); // ['credentials', 'phishing']
 * withTarget(['credentials', 'phishing'], 'credentials', false, ['credentials', 'phishing']); // ['phishing']
 */
export function withTarget(targets: unknown, name: string, on: boolean, defined: readonly string[]): string[] {
  const current = Array.isArray(targets) ? targets.map(String) : [];
  const set = new Set(current);
  if (on) set.add(name);
  else set.delete(name);
  return [...defined.filter((n) => set.has(n)), ...current.filter((n) => set.has(n) && !defined.includes(n))];
}

/**
 * A control to add: a label to replace, the first question, and one effect on no vector
 * yet, removing nothing (the engine reports the empty target list until a name is ticked).
 *
 * @example
 * newControl(); // { label: 'New control', question: 'pci', effects: [{ vectors: [], reduction: 0 }] }
 */
export function newControl(): { label: string; question: string; effects: Json[] } {
  return { label: 'New control', question: 'pci', effects: [newEffect()] };
}

/** @example newEffect(); // { vectors: [], reduction: 0 } */
export function newEffect(kind: TargetKind = 'vectors'): Json {
  return { [kind]: [], reduction: 0 };
}
