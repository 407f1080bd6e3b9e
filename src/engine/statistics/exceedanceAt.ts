import { log } from '../math/index.js';
import type { ExceedancePoint } from '../results.js';

/**
 * The index of the grid point nearest to `loss` in log distance (binary search, O(log n)).
 * Losses below the grid give 0, above it the last index.
 *
 * @example
 * const curve = [{ loss: 10, probability: 0.4 }, { loss: 100, probability: 0.2 }];
 * nearestIndex(curve, 40); // 1 (log10 40 = 1.60 is nearer 2 than 1)
 */
export function nearestIndex(points: readonly ExceedancePoint[], loss: number): number {
  const n = points.length;
  if (n === 0) return -1;
  if (!(loss > points[0].loss)) return 0;
  if (loss >= points[n - 1].loss) return n - 1;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid].loss <= loss) lo = mid;
    else hi = mid;
  }
  const l = log(loss);
  return l - log(points[lo].loss) <= log(points[hi].loss) - l ? lo : hi;
}

/**
 * P(annual loss > `loss`) read from an exceedance curve: exact at grid points, linear in
 * log(loss) between them, the end values outside the grid. O(log n).
 *
 * @example
 * const curve = [{ loss: 10, probability: 0.4 }, { loss: 100, probability: 0.2 }];
 * exceedanceAt(curve, Math.sqrt(1000)); // 0.3
 */
export function exceedanceAt(points: readonly ExceedancePoint[], loss: number): number {
  const n = points.length;
  if (n === 0) return 0;
  if (!(loss > points[0].loss)) return points[0].probability;
  if (loss >= points[n - 1].loss) return points[n - 1].probability;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid].loss <= loss) lo = mid;
    else hi = mid;
  }
  const a = points[lo];
  const b = points[hi];
  const t = (log(loss) - log(a.loss)) / (log(b.loss) - log(a.loss));
  return a.probability + t * (b.probability - a.probability);
}
