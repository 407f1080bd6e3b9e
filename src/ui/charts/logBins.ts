import type { ExceedancePoint } from '../../engine/index.js';
import type { GridWindow } from './exceedanceWindow.js';

/** A loss range and the share of all years whose loss falls in it. */
export interface LossBin {
  lower: number;
  upper: number;
  share: number;
}

/**
 * The loss years of an exceedance curve as histogram bins of equal log width over a
 * window of its grid: every bin spans the same whole number k of grid steps (k chosen
 * so there are about `target` bins; the window is widened at its top, or moved down at
 * the grid's end, to a whole number of bins). The share of a bin from grid point i to j
 * is P(> g_i) - P(> g_j). The losses below the first bin are counted in the first bin
 * and those above the last in the last, so the shares add up to P(> g_0), the share of
 * years with a loss. O(bins).
 *
 * @example
 * // grid 1, 10, ... 1e4 with P(loss > g_i) = 0.5, 0.4, 0.2, 0.1, 0
 * logBins(curve, { start: 1, end: 3 }, 2);
 * // [{ lower: 10, upper: 100, share: 0.3 }, { lower: 100, upper: 1000, share: 0.2 }]
 */
export function logBins(points: readonly ExceedancePoint[], window: GridWindow, target = 24): LossBin[] {
  const last = points.length - 1;
  if (last < 1) return [];
  const span = Math.max(1, window.end - window.start);
  const k = Math.max(1, Math.round(span / Math.max(1, target)));
  const count = Math.max(1, Math.ceil(span / k));
  let start = window.start;
  if (start + count * k > last) start = Math.max(0, last - count * k);
  const bins: LossBin[] = [];
  for (let b = 0; b < count; b++) {
    const i = start + b * k;
    const j = Math.min(last, i + k);
    const above = b === 0 ? points[0].probability : points[i].probability;
    const below = b === count - 1 ? 0 : points[j].probability;
    bins.push({ lower: points[i].loss, upper: points[j].loss, share: Math.max(0, above - below) });
  }
  return bins;
}

/**
 * The share of years with no loss: 1 - P(loss > g_0). The grid starts six decades below
 * its top, so the years with a loss at or below g_0 are negligible.
 *
 * @example
 * noLossShare([{ loss: 1000, probability: 0.39 }, { loss: 1e9, probability: 0 }]); // 0.61
 */
export function noLossShare(points: readonly ExceedancePoint[]): number {
  return points.length === 0 ? 1 : 1 - points[0].probability;
}
