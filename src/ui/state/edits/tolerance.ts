import { TOLERANCE_POINTS, type TolerancePer } from '../../../engine/index.js';
import { defaultTolerance } from '../../analyst/defaultTolerance.js';
import { isRecord, plain, type DraftJson, type DraftObject } from '../draftJson.js';

/** A risk tolerance: at most `probability` a year of losing more than `loss`. */
export type Tolerance = { loss: number; probability: number };

/** The two forms of a tolerance: one point, or a curve of points. */
export type ToleranceForm = 'point' | 'curve';

export { TOLERANCE_POINTS, type TolerancePer };

/** How far each point the page adds lies beyond the one before: ten times the loss, a tenth of the chance. */
const STEP = 10;

/** The scenario's tolerance, when it is an object. */
function toleranceOf(json: unknown): DraftObject | undefined {
  const tolerance = isRecord(json) ? json.tolerance : undefined;
  return isRecord(tolerance) ? tolerance : undefined;
}

/**
 * The form of a tolerance as written: a curve when it lists `points`, else one point.
 *
 * @example
 * toleranceForm({ points: [] }); // 'curve'
 * toleranceForm({ loss: 5e6, probability: 0.05 }); // 'point'
 */
export function toleranceForm(tolerance: unknown): ToleranceForm {
  return isRecord(tolerance) && tolerance.points !== undefined ? 'curve' : 'point';
}

/**
 * The point the page puts after `point` on a curve: ten times the loss at a tenth of the
 * chance (rounded to 4 significant digits); empty fields when `point` holds no numbers.
 *
 * @example
 * nextTolerancePoint({ loss: 5e6, probability: 0.05 }); // { loss: 50000000, probability: 0.005 }
 * nextTolerancePoint({ loss: '5M', probability: 0.05 }); // { loss: '', probability: '' }
 */
export function nextTolerancePoint(point: unknown): { loss: number | string; probability: number | string } {
  const { loss, probability } = isRecord(point) ? point : {};
  if (typeof loss !== 'number' || typeof probability !== 'number') return { loss: '', probability: '' };
  return { loss: Number((loss * STEP).toPrecision(4)), probability: Number((probability / STEP).toPrecision(4)) };
}

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
 * Moves the risk tolerance to the point `tolerance` (the point on the exceedance chart),
 * keeping its other fields (its source, what it reads); a curve becomes that one point.
 *
 * @example
 * setTolerance(model, { loss: 2e7, probability: 0.01 }); // model.tolerance is { loss: 2e7, probability: 0.01, source: ... }
 */
export function setTolerance(json: unknown, tolerance: Tolerance): void {
  if (!isRecord(json)) return;
  const current = isRecord(json.tolerance) ? { ...json.tolerance } : {};
  delete current.points;
  json.tolerance = { ...current, loss: tolerance.loss, probability: tolerance.probability };
}

/**
 * Turns the tolerance into a curve or into one point, keeping what it reads and its
 * source. A point becomes a curve of that point and the next (`nextTolerancePoint`), or
 * of `restore` (the points it had when it was last turned into a point) when given. A
 * curve becomes its first point, and the points it had are returned, for the caller to
 * remember; undefined otherwise. Nothing when the tolerance is already of that form.
 *
 * @example
 * setToleranceForm(model, 'curve'); // model.tolerance.points is [{ loss: 5e6, probability: 0.05 }, { loss: 5e7, probability: 0.005 }]
 * const points = setToleranceForm(model, 'point'); // model.tolerance is { loss: 5e6, probability: 0.05 }
 * setToleranceForm(model, 'curve', points); // the same two points again
 */
export function setToleranceForm(json: unknown, form: ToleranceForm, restore?: readonly DraftJson[]): DraftJson[] | undefined {
  const tolerance = toleranceOf(json);
  if (!isRecord(json) || !tolerance || toleranceForm(tolerance) === form) return undefined;
  if (form === 'curve') {
    const { loss, probability, ...rest } = tolerance;
    const first = { loss: loss ?? '', probability: probability ?? '' };
    const points = restore && restore.length >= TOLERANCE_POINTS.min ? plain([...restore]) : [first, nextTolerancePoint(first)];
    json.tolerance = { points, ...rest };
    return undefined;
  }
  const { points, ...rest } = tolerance;
  const list = Array.isArray(points) ? points : [];
  const first = isRecord(list[0]) ? list[0] : {};
  json.tolerance = { loss: first.loss ?? '', probability: first.probability ?? '', ...rest };
  return plain(list);
}

/**
 * Adds a point at the end of the tolerance curve (`nextTolerancePoint` of the last), up to
 * five. Nothing when the tolerance is no curve or has five points.
 *
 * @example
 * addTolerancePoint(model); // a third point: { loss: 5e8, probability: 0.0005 }
 */
export function addTolerancePoint(json: unknown): void {
  const points = toleranceOf(json)?.points;
  if (!Array.isArray(points) || points.length >= TOLERANCE_POINTS.max) return;
  points.push(nextTolerancePoint(points[points.length - 1]));
}

/**
 * Removes the point at `index` of the tolerance curve, down to two. Nothing when the
 * tolerance is no curve or has two points.
 *
 * @example
 * removeTolerancePoint(model, 1); // the second point is gone, the others keep their order
 */
export function removeTolerancePoint(json: unknown, index: number): void {
  const points = toleranceOf(json)?.points;
  if (!Array.isArray(points) || points.length <= TOLERANCE_POINTS.min || index < 0 || index >= points.length) return;
  points.splice(index, 1);
}

/**
 * Sets what the tolerance reads: the contract's total net loss (`per: "contract"`), or a
 * year's loss (the default: the key removed).
 *
 * @example
 * setTolerancePer(model, 'contract'); // model.tolerance.per === 'contract'
 * setTolerancePer(model, 'year'); // model.tolerance has no per
 */
export function setTolerancePer(json: unknown, per: TolerancePer): void {
  const tolerance = toleranceOf(json);
  if (!tolerance) return;
  if (per === 'contract') tolerance.per = 'contract';
  else delete tolerance.per;
}
