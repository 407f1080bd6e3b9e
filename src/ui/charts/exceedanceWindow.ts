import type { ExceedancePoint } from '../../engine/index.js';

/** A range of grid indices, both ends included. */
export interface GridWindow {
  start: number;
  end: number;
}

/**
 * The part of a shared exceedance grid worth plotting. It ends one point after the last
 * point where any curve is above `floor` (beyond it every curve is near zero) and starts
 * where the curves leave their flat head (below the smallest breach, every curve sits at
 * P(any loss)): at the last grid point at or below the largest 1-2-5 amount at or below
 * the point where the first curve drops under `flatShare` of its first value (and at
 * least one point before it), so the axis shows a little of the plateau and starts near
 * a round number. Curves that never
 * exceed `floor` are ignored; if all are, the whole grid. O(curves x points).
 *
 * @example
 * // grid 1, 10, 100, ... 1e6; P(loss > x) = 0.3 up to 1e3, then 0.1, 0.01, 1e-4, 0
 * exceedanceWindow([curve]); // { start: 3, end: 6 }
 */
export function exceedanceWindow(
  curves: readonly (readonly ExceedancePoint[])[],
  floor = 0.0005,
  flatShare = 0.99,
): GridWindow {
  const n = curves[0]?.length ?? 0;
  if (n < 2) return { start: 0, end: Math.max(0, n - 1) };
  let lastAbove = -1;
  let firstDrop = n;
  for (const curve of curves) {
    if (!(curve[0].probability > floor)) continue;
    for (let i = n - 1; i >= 0; i--) {
      if (curve[i].probability > floor) {
        lastAbove = Math.max(lastAbove, i);
        break;
      }
    }
    const flat = curve[0].probability * flatShare;
    const below = curve.findIndex((p) => p.probability < flat);
    if (below >= 0) firstDrop = Math.min(firstDrop, below);
  }
  if (lastAbove < 0) return { start: 0, end: n - 1 };
  const end = Math.min(n - 1, lastAbove + 1);
  const drop = Math.min(firstDrop, end);
  const round = nice125Below(curves[0][drop].loss);
  let start = Math.max(0, drop - 1);
  while (start > 0 && curves[0][start].loss > round * (1 + 1e-9)) start--;
  if (start >= end) start = Math.max(0, end - 1);
  return { start, end };
}

/** The largest 1, 2 or 5 times a power of ten at or below `x` (x > 0). */
function nice125Below(x: number): number {
  const decade = 10 ** Math.floor(Math.log10(x) + 1e-12);
  const m = (x / decade) * (1 + 1e-12);
  return decade * (m >= 5 ? 5 : m >= 2 ? 2 : 1);
}
