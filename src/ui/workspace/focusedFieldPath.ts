import { isTextEntry } from './isTextEntry.js';

/**
 * The `data-path` of the scenario field that has the focus, when it takes typed text
 * (`frequency.annualIncidence.value`); undefined otherwise. The workspace gives it to each
 * commit, so that typing in one field makes one undo step.
 *
 * @example
 * focusedFieldPath(); // 'simulation.seed' while the seed is being typed
 */
export function focusedFieldPath(): string | undefined {
  const active = document.activeElement;
  return isTextEntry(active) ? (active.getAttribute('data-path') ?? undefined) : undefined;
}
