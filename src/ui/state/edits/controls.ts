import { isRecord, plain, type DraftJson, type DraftObject } from '../draftJson.js';
import { addFreshName, namesMap } from './names.js';

/** What an effect can target: the three kinds of names a scenario defines. */
export const TARGET_KINDS = ['vectors', 'components', 'amplifiers'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * The kind an effect targets: the first of `vectors`, `components`, `amplifiers` it has,
 * or undefined.
 *
 * @example
 * targetKind({ amplifiers: ['cardData'], reduction: 0.5 }); // 'amplifiers'
 */
export function targetKind(effect: unknown): TargetKind | undefined {
  if (effect === null || typeof effect !== 'object') return undefined;
  return TARGET_KINDS.find((k) => (effect as Record<string, unknown>)[k] !== undefined);
}

/**
 * The effect made to target `kind` instead, with no names ticked yet (the engine reports
 * the empty list until one is): its other target keys dropped, its reduction and source kept.
 *
 * @example
 * withTargetKind({ vectors: ['phishing'], reduction: 0.5 }, 'amplifiers'); // { amplifiers: [], reduction: 0.5 }
 */
export function withTargetKind(effect: DraftJson | undefined, kind: TargetKind): DraftObject {
  const record = isRecord(effect) ? effect : {};
  const out: DraftObject = { [kind]: [] };
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
export function newControl(): { label: string; question: string; effects: DraftObject[] } {
  return { label: 'New control', question: 'pci', effects: [newEffect()] };
}

/** @example newEffect(); // { vectors: [], reduction: 0 } */
export function newEffect(kind: TargetKind = 'vectors'): DraftObject {
  return { [kind]: [], reduction: 0 };
}

/**
 * Adds a new control (`newControl`) named `control` (`control2`, ... when taken), last,
 * and returns its id.
 *
 * @example
 * addControl(model); // 'control': model.controls.control is a new control
 */
export function addControl(json: unknown): string {
  return addFreshName(json, 'controls', 'control', newControl());
}

/**
 * Sets the question control `id` answers (`pci`, ...); nothing when there is no such control.
 *
 * @example
 * setQuestion(model, 'mfa', 'access'); // model.controls.mfa.question === 'access'
 */
export function setQuestion(json: unknown, id: string, question: string): void {
  const control = namesMap(json, 'controls')?.[id];
  if (isRecord(control)) control.question = question;
}

/** The effects of control `id` (an empty list put in when it has none), or undefined when there is no such control. */
function effectsOf(json: unknown, id: string): DraftJson[] | undefined {
  const control = namesMap(json, 'controls')?.[id];
  if (!isRecord(control)) return undefined;
  if (!Array.isArray(control.effects)) control.effects = [];
  return control.effects;
}

/**
 * Adds an effect (`newEffect`) at the end of control `id`'s effects.
 *
 * @example
 * addEffect(model, 'mfa'); // model.controls.mfa's last effect is { vectors: [], reduction: 0 }
 */
export function addEffect(json: unknown, id: string): void {
  effectsOf(json, id)?.push(newEffect());
}

/**
 * Removes the effect at `index` of control `id`.
 *
 * @example
 * removeEffect(model, 'mfa', 0); // model.controls.mfa has one effect fewer
 */
export function removeEffect(json: unknown, id: string, index: number): void {
  const effects = effectsOf(json, id);
  if (effects && index >= 0 && index < effects.length) effects.splice(index, 1);
}

/**
 * Makes the effect at `index` of control `id` target `kind` instead (`withTargetKind`).
 *
 * @example
 * setEffectKind(model, 'mfa', 0, 'amplifiers'); // model.controls.mfa.effects[0].amplifiers is []
 */
export function setEffectKind(json: unknown, id: string, index: number, kind: TargetKind): void {
  const effects = effectsOf(json, id);
  if (effects && index >= 0 && index < effects.length) effects[index] = withTargetKind(plain(effects[index]), kind);
}

/**
 * Ticks or unticks `name` among the `kind` names the effect at `index` of control `id`
 * targets, in the scenario's order (`withTarget`).
 *
 * @example
 * setTarget(model, 'mfa', 0, 'vectors', 'phishing', false); // the effect no longer targets phishing
 */
export function setTarget(json: unknown, id: string, index: number, kind: TargetKind, name: string, on: boolean): void {
  const effect = effectsOf(json, id)?.[index];
  if (!isRecord(effect)) return;
  effect[kind] = withTarget(plain(effect[kind]), name, on, Object.keys(namesMap(json, kind) ?? {}));
}
