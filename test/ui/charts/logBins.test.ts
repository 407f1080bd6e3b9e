import { describe, expect, it } from 'vitest';
import { logBins, noLossShare } from '../../../src/ui/charts/logBins.js';

// 61 points, 20 a decade from 1e3 to 1e6; P(L > x) = 0.4 (1e3 / x) up to the top, 0 at it.
const grid = Array.from({ length: 61 }, (_, i) => 10 ** (3 + i / 20));
const exceed = (x: number) => (x >= 1e6 ? 0 : (0.4 * 1e3) / x);
const curve = grid.map((loss) => ({ loss, probability: exceed(loss) }));

describe('logBins', () => {
  it('has bins of a whole number of grid steps, shares from the closed form', () => {
    // Window 10..50: 40 steps, target 10 -> k = 4 steps (a fifth of a decade) per bin.
    const bins = logBins(curve, { start: 10, end: 50 }, 10);
    expect(bins).toHaveLength(10);
    for (let b = 1; b < 9; b++) {
      const lo = 10 ** (3 + (10 + 4 * b) / 20);
      const hi = 10 ** (3 + (14 + 4 * b) / 20);
      expect(bins[b].lower).toBeCloseTo(lo, 6);
      expect(bins[b].upper).toBeCloseTo(hi, 6);
      expect(bins[b].share).toBeCloseTo(0.4e3 / lo - 0.4e3 / hi, 12);
    }
  });

  it('counts the mass below the window in the first bin and above it in the last', () => {
    const bins = logBins(curve, { start: 10, end: 50 }, 10);
    // First bin: P(> 1e3) - P(> 10^(3 + 14/20)) = 0.4 - 0.4 / 10^0.7.
    expect(bins[0].share).toBeCloseTo(0.4 - 0.4 / 10 ** 0.7, 12);
    // Last bin: everything above 10^(3 + 46/20) = 0.4 / 10^2.3.
    expect(bins[9].share).toBeCloseTo(0.4 / 10 ** 2.3, 12);
    expect(bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(0.4, 12);
  });

  it('widens the window to whole bins and moves it down at the grid top', () => {
    // 38 steps at target 10 -> k = 4 -> 10 bins = 40 steps, which would pass index 60.
    const bins = logBins(curve, { start: 22, end: 60 }, 10);
    expect(bins).toHaveLength(10);
    expect(bins[0].lower).toBeCloseTo(10 ** (3 + 20 / 20), 6);
    expect(bins[9].upper).toBeCloseTo(1e6, 6);
  });
});

describe('noLossShare', () => {
  it('is one minus the first exceedance probability', () => {
    expect(noLossShare(curve)).toBeCloseTo(0.6, 15);
    expect(noLossShare([])).toBe(1);
  });
});
