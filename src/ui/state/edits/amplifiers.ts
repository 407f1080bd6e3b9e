import { addFreshName } from './names.js';

/**
 * Adds a loss amplifier named `amplifier` (`amplifier2`, ... when taken), last: a label to
 * replace, no chance and no amount yet. Returns its name.
 *
 * @example
 * addAmplifier(model); // 'amplifier': model.magnitude.amplifiers.amplifier is { label: 'New amplifier', probability: 0, amount: 0 }
 */
export function addAmplifier(json: unknown): string {
  return addFreshName(json, 'amplifiers', 'amplifier', { label: 'New amplifier', probability: 0, amount: 0 });
}
