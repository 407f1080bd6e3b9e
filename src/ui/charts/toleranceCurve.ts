import { toleranceAt, type TolerancePoint } from '../../engine/index.js';

/**
 * A tolerance curve sampled for drawing: `count` losses evenly spaced in log(loss) from
 * its first point's loss to its last (every point kept exactly, so the line passes
 * through the markers), each with the chance the tolerance allows there
 * (`toleranceAt`: linear in log loss and log chance between points). So the line is
 * straight between points on a log-log chart and bends as it should on a linear chance
 * axis. One point gives itself. O(count x points).
 *
 * @example
 * toleranceCurve([{ loss: 1e6, probability: 0.1 }, { loss: 1e8, probability: 0.001 }], 3);
 * // [{ loss: 1e6, probability: 0.1 }, { loss: 1e7, probability: 0.01 }, { loss: 1e8, probability: 0.001 }] (the middle to rounding)
 */
export function toleranceCurve(points: readonly TolerancePoint[], count = 64): TolerancePoint[] {
  const n = points.length;
  if (n < 2) return points.map(({ loss, probability }) => ({ loss, probability }));
  const first = points[0].loss;
  const last = points[n - 1].loss;
  const step = Math.log(last / first) / Math.max(1, count - 1);
  const at = new Map<number, number>(points.map((p) => [p.loss, p.probability]));
  const losses = new Set<number>(at.keys());
  for (let i = 1; i < count - 1; i++) losses.add(first * Math.exp(step * i));
  return [...losses]
    .sort((a, b) => a - b)
    .map((loss) => ({ loss, probability: at.get(loss) ?? toleranceAt(points, loss) ?? 0 }));
}
