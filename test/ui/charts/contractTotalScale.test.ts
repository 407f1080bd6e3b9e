import { describe, expect, it } from 'vitest';
import { contractTotalScale, niceTop } from '../../../src/ui/charts/contractTotalScale.js';

/** The symmetric-log position by its closed form: width x ln(1 + t/c) / ln(1 + top/c), c = top / 1000. */
const at = (t: number, top: number, width: number) => (width * Math.log1p(t / (top / 1000))) / Math.log1p(1000);

describe('niceTop', () => {
  it('is the 1-2-5 amount at or above', () => {
    expect(niceTop(92e6)).toBe(1e8);
    expect(niceTop(1.5e6)).toBe(2e6);
    expect(niceTop(3e6)).toBe(5e6);
    expect(niceTop(5e6)).toBe(5e6);
    expect(niceTop(0.7)).toBe(1);
  });
});

describe('contractTotalScale', () => {
  it('runs from $0 to the 1-2-5 amount above the largest value, symmetric-log with a constant of a thousandth of it', () => {
    const { x } = contractTotalScale(92e6, 600);
    expect(x.domain()).toEqual([0, 1e8]);
    expect(x(0)).toBe(0);
    expect(x(1e8)).toBeCloseTo(600, 9);
    for (const t of [1e5, 1e6, 2.5e7]) expect(x(t)).toBeCloseTo(at(t, 1e8, 600), 9);
  });

  it('picks the 1-3 ticks when the 1-2-5 ones would be closer than the spacing (positions by hand)', () => {
    // At 600 px: 1e5 at 60.2, 2e5 at 95.4 (35 px on: too close), 3e5 at 120.4, 1e6 at 208.2, ... all 48 px apart or more.
    const { ticks } = contractTotalScale(92e6, 600);
    expect(ticks).toEqual([0, 1e5, 3e5, 1e6, 3e6, 1e7, 3e7, 1e8]);
    // Wide enough, the 1-2-5 ticks fit.
    expect(contractTotalScale(92e6, 1100).ticks).toEqual([0, 1e5, 2e5, 5e5, 1e6, 2e6, 5e6, 1e7, 2e7, 5e7, 1e8]);
  });

  it('keeps $0, the top and the powers of ten that leave room when even those are too close', () => {
    // At 300 px: 1e5 at 30.1 is too close to $0; 1e6 at 104.1, 1e7 at 200.4, 1e8 at 300.
    expect(contractTotalScale(92e6, 300).ticks).toEqual([0, 1e6, 1e7, 1e8]);
    expect(contractTotalScale(92e6, 120).ticks).toEqual([0, 1e8]);
  });

  it('keeps every tick at least the spacing from the one before', () => {
    for (const width of [200, 260, 330, 420, 540, 700, 900]) {
      for (const max of [3.2e4, 7.7e5, 4e6, 1.2e7, 92e6, 3e9]) {
        const { x, ticks } = contractTotalScale(max, width, 46);
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBe(niceTop(max));
        for (let i = 1; i < ticks.length; i++) expect(x(ticks[i]) - x(ticks[i - 1])).toBeGreaterThanOrEqual(46);
      }
    }
  });

  it('gives the axis of 0 to 1 when there is no loss at all', () => {
    const { x, ticks } = contractTotalScale(0, 400);
    expect(x.domain()).toEqual([0, 1]);
    expect(ticks[0]).toBe(0);
  });
});
