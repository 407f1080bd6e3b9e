import type { Tolerance, TolerancePoint } from '../../engine/index.js';

const isPoint = (p: unknown): p is TolerancePoint => {
  if (p === null || typeof p !== 'object') return false;
  const { loss, probability } = p as Record<string, unknown>;
  return typeof loss === 'number' && Number.isFinite(loss) && loss > 0 && typeof probability === 'number' && probability > 0 && probability <= 1;
};

/**
 * The scenario's tolerance (from the draft, maybe half edited) when it is one the engine
 * accepts in shape, so the chart can draw and judge it: a point with a loss above 0 and a
 * chance in (0, 1], or a curve of 2 to 5 such points by increasing loss and
 * non-increasing chance; `per` "year" or "contract" or absent. Anything else: undefined
 * (the chart then draws no tolerance until the Assumptions view's errors are fixed).
 *
 * @example
 * drawnTolerance({ loss: 2e7, probability: 0.05 }); // the same point
 * drawnTolerance({ loss: 2e7, probability: 0 }); // undefined
 * drawnTolerance({ points: [{ loss: 2e7, probability: 0.01 }, { loss: 1e7, probability: 0.05 }] }); // undefined: losses go down
 */
export function drawnTolerance(value: unknown): Tolerance | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const t = value as Record<string, unknown>;
  if (t.per !== undefined && t.per !== 'year' && t.per !== 'contract') return undefined;
  if (!('points' in t)) return isPoint(t) ? (t as Tolerance) : undefined;
  const points = t.points;
  if (!Array.isArray(points) || points.length < 2 || points.length > 5 || !points.every(isPoint)) return undefined;
  for (let i = 1; i < points.length; i++) {
    if (!(points[i].loss > points[i - 1].loss) || points[i].probability > points[i - 1].probability) return undefined;
  }
  return t as Tolerance;
}
