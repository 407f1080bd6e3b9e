import { describe, expect, it } from 'vitest';
import { exceedanceAt, nearestIndex } from '../../../src/engine/index.js';

// A power-law tail P(L > x) = 0.4 (1000 / x) on the grid 1000, 10^3.5, ..., 10^6: between
// grid points log P is linear in log x, and so is P itself only at the points; the values
// below come from the straight line between neighbours in (log x, P).
const grid = [3, 3.5, 4, 4.5, 5, 5.5, 6].map((e) => 10 ** e);
const curve = grid.map((loss) => ({ loss, probability: (0.4 * 1000) / loss }));

describe('exceedanceAt', () => {
  it('is exact at grid points', () => {
    for (const p of curve) expect(exceedanceAt(curve, p.loss)).toBeCloseTo(p.probability, 14);
  });

  it('is linear in log(loss) between grid points', () => {
    // Midway in log between 1e4 (0.04) and 10^4.5 (0.4 / 10^1.5 = 0.012649...): the mean.
    const mid = 10 ** 4.25;
    expect(exceedanceAt(curve, mid)).toBeCloseTo((0.04 + 0.4 / 10 ** 1.5) / 2, 14);
    // A quarter of the way from 1e3 (0.4) to 10^3.5 (0.4 / sqrt 10).
    expect(exceedanceAt(curve, 10 ** 3.125)).toBeCloseTo(0.4 + 0.25 * (0.4 / Math.sqrt(10) - 0.4), 14);
  });

  it('holds the end values outside the grid', () => {
    expect(exceedanceAt(curve, 1)).toBe(0.4);
    expect(exceedanceAt(curve, 1e9)).toBeCloseTo(4e-4, 15);
    expect(exceedanceAt([], 5)).toBe(0);
  });
});

describe('nearestIndex', () => {
  it('picks the grid point nearest in log distance', () => {
    expect(nearestIndex(curve, 1000)).toBe(0);
    expect(nearestIndex(curve, 10 ** 3.24)).toBe(0);
    expect(nearestIndex(curve, 10 ** 3.26)).toBe(1);
    expect(nearestIndex(curve, 10 ** 5.9)).toBe(6);
  });

  it('clamps to the grid', () => {
    expect(nearestIndex(curve, 0)).toBe(0);
    expect(nearestIndex(curve, 1e12)).toBe(6);
    expect(nearestIndex([], 1)).toBe(-1);
  });
});
