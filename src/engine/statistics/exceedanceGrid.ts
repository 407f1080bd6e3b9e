import { exp } from '../math/index.js';

/** Points of the loss exceedance grid. */
export const GRID_POINTS = 200;
/** Decades the grid spans below its top. */
export const GRID_DECADES = 6;
const LN10 = 2.302585092994046;

/**
 * The loss grid on which every vendor's exceedance curve is read: `GRID_POINTS` points,
 * evenly spaced in log from `top / 10^6` to `top`, where `top` is the smallest power of
 * ten at or above the largest no-controls annual loss of the run. No vendor can lose
 * more than that in any year (controls only remove), so the grid depends on the scenario
 * and seed but never on which vendors are present. Deterministic: powers of ten are
 * found by exact multiplication, and the spacing uses the engine's own `exp`.
 *
 * @example
 * const grid = exceedanceGrid(3.2e8);
 * grid[0]; // 1000
 * grid[199]; // 1e9
 */
export function exceedanceGrid(maxBaselineLoss: number): Float64Array {
  let top = 1;
  while (top < maxBaselineLoss) top *= 10;
  if (top < 1e6) top = 1e6;
  let bottom = top;
  for (let d = 0; d < GRID_DECADES; d++) bottom /= 10;
  const grid = new Float64Array(GRID_POINTS);
  const step = (GRID_DECADES * LN10) / (GRID_POINTS - 1);
  for (let i = 0; i < GRID_POINTS; i++) grid[i] = bottom * exp(i * step);
  grid[0] = bottom;
  grid[GRID_POINTS - 1] = top;
  return grid;
}
