import type { Tornado } from '../../engine/index.js';

/**
 * The figure axis a tornado needs: every bar's two ends and the base, and 0 when asked
 * (the decision's tie line).
 *
 * @example
 * tornadoDomain({ base: -8, bars: [{ atLow: -180, atHigh: 200, ... }] }, true); // [-180, 200]
 */
export function tornadoDomain(tornado: Pick<Tornado, 'base' | 'bars'>, withZero = false): [number, number] {
  const values = [tornado.base, ...tornado.bars.flatMap((b) => [b.atLow, b.atHigh]), ...(withZero ? [0] : [])];
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? [low - 1, high + 1] : [low, high];
}

/**
 * Which side of a bar's end its label goes: outward from the base (+1 right, -1 left).
 * An end that does not move the figure takes the side away from the other end's, so the
 * two labels never overlap.
 *
 * @example
 * labelSide(120, -40, 10); // 1
 * labelSide(10, 80, 10); // -1 (no swing this way: opposite the other end)
 */
export function labelSide(end: number, other: number, base: number): 1 | -1 {
  if (end > base) return 1;
  if (end < base) return -1;
  return other > base ? -1 : 1;
}
