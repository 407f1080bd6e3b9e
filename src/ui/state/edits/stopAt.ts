import { isRecord, type DraftObject } from '../draftJson.js';

/** The precision a new "run until precise" rule asks for: a standard error of 0.1% of each expected loss. */
export const DEFAULT_RELATIVE_STANDARD_ERROR = 0.001;

/** The optional limits of `simulation.stopAt`, each left out for its default. */
export type StopAtLimit = 'minTrials' | 'maxTrials';

/** The scenario's `simulation` block, or undefined when it has none. */
function simulationOf(json: unknown): DraftObject | undefined {
  const simulation = isRecord(json) ? json.simulation : undefined;
  return isRecord(simulation) ? simulation : undefined;
}

/**
 * Turns "run until precise" on or off: on gives `simulation` a rule
 * `stopAt: { relativeStandardError: 0.001 }` (a rule it already has is kept); off removes
 * the key. Nothing when the scenario has no `simulation` block (the engine reports that).
 *
 * @example
 * setStopAt(model, true); // model.simulation.stopAt is { relativeStandardError: 0.001 }
 * setStopAt(model, false); // model.simulation.stopAt === undefined
 */
export function setStopAt(json: unknown, on: boolean): void {
  const simulation = simulationOf(json);
  if (!simulation) return;
  if (!on) delete simulation.stopAt;
  else if (simulation.stopAt === undefined) simulation.stopAt = { relativeStandardError: DEFAULT_RELATIVE_STANDARD_ERROR };
}

/**
 * Writes what was typed for the least or most trials of the rule: a number or text as
 * typed (the engine reports text), and a blank field removes the key, so that the
 * default applies. Nothing when the scenario has no rule.
 *
 * @example
 * setStopAtLimit(model, 'minTrials', 200_000); // model.simulation.stopAt.minTrials === 200000
 * setStopAtLimit(model, 'minTrials', ''); // no minTrials: 100,000, the default, applies
 */
export function setStopAtLimit(json: unknown, limit: StopAtLimit, typed: number | string): void {
  const stopAt = simulationOf(json)?.stopAt;
  if (!isRecord(stopAt)) return;
  if (typeof typed === 'string' && typed.trim() === '') delete stopAt[limit];
  else stopAt[limit] = typed;
}
