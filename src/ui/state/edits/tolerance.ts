import { defaultTolerance } from '../../analyst/defaultTolerance.js';
import { isRecord, plain } from '../draftJson.js';

/** A risk tolerance: at most `probability` a year of losing more than `loss`. */
export type Tolerance = { loss: number; probability: number };

/**
 * Gives the scenario a first risk tolerance (`defaultTolerance`: a 5% chance a year of
 * losing more than about the mean loss of one breach), in place of any it has.
 *
 * @example
 * addTolerance(model); // model.tolerance is { loss: 5000000, probability: 0.05 }
 */
export function addTolerance(json: unknown): void {
  if (isRecord(json)) json.tolerance = defaultTolerance(plain(json));
}

/**
 * Removes the risk tolerance (the key deleted).
 *
 * @example
 * removeTolerance(model); // model.tolerance === undefined
 */
export function removeTolerance(json: unknown): void {
  if (isRecord(json)) delete json.tolerance;
}

/**
 * Moves the risk tolerance to `tolerance` (the point on the exceedance chart), keeping
 * its other fields (its source).
 *
 * @example
 * setTolerance(model, { loss: 2e7, probability: 0.01 }); // model.tolerance is { loss: 2e7, probability: 0.01, source: ... }
 */
export function setTolerance(json: unknown, tolerance: Tolerance): void {
  if (!isRecord(json)) return;
  const current = isRecord(json.tolerance) ? json.tolerance : {};
  json.tolerance = { ...current, loss: tolerance.loss, probability: tolerance.probability };
}
