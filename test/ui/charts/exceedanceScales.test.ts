import { describe, expect, it } from 'vitest';
import { exceedanceScales } from '../../../src/ui/charts/exceedanceScales.js';

/** Two curves on a grid of 1e3 ... 1e8: P(loss > x) = 0.4 (x / 1e3)^-0.5 and half of it. */
const grid = Array.from({ length: 11 }, (_, i) => 1e3 * 10 ** (i / 2));
const curves = [grid.map((loss) => ({ loss, probability: 0.4 * (loss / 1e3) ** -0.5 })), grid.map((loss) => ({ loss, probability: 0.2 * (loss / 1e3) ** -0.5 }))];
const frame = { curves, span: { start: 2, end: 8 }, tolerance: [], axis: 'linear' as const, trials: 100_000, innerWidth: 600, innerHeight: 286, height: 330 };

describe('exceedanceScales', () => {
  it('spans the window on a log loss axis, and the largest chance in it on a linear one from 0', () => {
    const s = exceedanceScales(frame);
    expect(s.x.domain()).toEqual([grid[2], grid[8]]);
    expect(s.x(grid[2])).toBe(0);
    expect(s.x(grid[8])).toBeCloseTo(600, 9);
    expect(s.y.domain()[0]).toBe(0);
    expect(s.y.domain()[1]).toBeGreaterThanOrEqual(0.4 * (grid[2] / 1e3) ** -0.5);
    expect(s.yOf(0)).toBe(286);
    expect(s.yTicks.length).toBeGreaterThanOrEqual(3);
  });

  it('widens the loss axis to the tolerance, and on the log axis puts a zero chance on the bottom', () => {
    const s = exceedanceScales({ ...frame, tolerance: [{ loss: grid[10], probability: 0.001 }], axis: 'log' });
    expect(s.x.domain()).toEqual([grid[2], grid[10]]);
    expect(s.yOf(0)).toBe(286);
    expect(s.y.domain()[0]).toBeLessThanOrEqual(0.001);
    expect(s.yFormat(0.01)).toMatch(/1\s?%/);
  });
});

describe('exceedanceScales with a tolerance curve', () => {
  it('reaches every point of the curve on both chance axes', () => {
    const points = [{ loss: grid[1], probability: 0.5 }, { loss: grid[10], probability: 1e-6 }];
    const linear = exceedanceScales({ ...frame, tolerance: points });
    expect(linear.x.domain()).toEqual([grid[1], grid[10]]);
    expect(linear.y.domain()[1]).toBeGreaterThanOrEqual(0.5);
    const log = exceedanceScales({ ...frame, tolerance: points, axis: 'log' });
    expect(log.y.domain()[0]).toBeLessThanOrEqual(1e-6);
    expect(log.y.domain()[1]).toBeGreaterThanOrEqual(0.5);
  });
});
