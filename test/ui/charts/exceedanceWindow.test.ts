import { describe, expect, it } from 'vitest';
import { exceedanceWindow } from '../../../src/ui/charts/exceedanceWindow.js';

const decades = [0, 1, 2, 3, 4, 5, 6].map((e) => 10 ** e);
const curveOf = (ps: number[]) => decades.map((loss, i) => ({ loss, probability: ps[i] }));

describe('exceedanceWindow', () => {
  it('starts one point before the first drop and ends one point after the last point above the floor', () => {
    // Drops after 1e3 (index 4 is the first below 0.99 x 0.3); above 0.0005 up to index 5.
    const a = curveOf([0.3, 0.3, 0.3, 0.3, 0.1, 0.01, 0]);
    expect(exceedanceWindow([a])).toEqual({ start: 3, end: 6 });
  });

  it('takes the earliest drop and the latest tail over all curves', () => {
    const a = curveOf([0.3, 0.3, 0.3, 0.3, 0.1, 1e-4, 0]);
    const b = curveOf([0.2, 0.2, 0.05, 0.01, 0.001, 0, 0]);
    // b drops at index 2 -> start 1; a is above the floor to index 4, b to index 4 -> end 5.
    expect(exceedanceWindow([a, b])).toEqual({ start: 1, end: 5 });
  });

  it('moves the start down to the last grid point at or below the 1-2-5 amount below the drop', () => {
    const grid = [100, 300, 520, 560, 600, 4000];
    const curve = grid.map((loss, i) => ({ loss, probability: [0.3, 0.3, 0.3, 0.3, 0.1, 0.01][i] }));
    // The drop is at index 4 (600); the 1-2-5 amount at or below 600 is 500, and the last
    // grid point at or below it is 300 (index 1).
    expect(exceedanceWindow([curve])).toEqual({ start: 1, end: 5 });
  });

  it('uses the whole grid when no curve rises above the floor', () => {
    expect(exceedanceWindow([curveOf([1e-4, 0, 0, 0, 0, 0, 0])])).toEqual({ start: 0, end: 6 });
    expect(exceedanceWindow([])).toEqual({ start: 0, end: 0 });
  });
});
