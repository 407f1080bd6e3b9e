import { describe, expect, it } from 'vitest';
import { Z_95 } from '../../../src/engine/index.js';
import { contractYearsPaths } from '../../../src/ui/charts/contractYearsPaths.js';

/** A vendor's contract years from their expected costs and standard errors. */
const vendor = (id: string, costs: number[], se = 0) => ({
  id, years: costs.map((mean, i) => ({ year: i + 1, cost: { mean, standardError: se } })),
}) as unknown as Parameters<typeof contractYearsPaths>[0][number];

describe('contractYearsPaths', () => {
  it('places the years a year apart with half a year each side, and the costs on a nice padded axis (by hand)', () => {
    const plot = contractYearsPaths([vendor('a', [100, 110]), vendor('b', [105, 100])], 400, 200);
    // Years 1 and 2 on [0.5, 2.5] over 400 px: 100 and 300.
    expect(plot.x.domain()).toEqual([0.5, 2.5]);
    expect(plot.years).toEqual([1, 2]);
    // Costs 100 to 110, padded by 5% of the span (0.55) to [99.45, 110.55], rounded out to steps of 2.
    expect(plot.y.domain()).toEqual([98, 112]);
    expect(plot.yTicks).toEqual([98, 100, 102, 104, 106, 108, 110, 112]);
    const [a] = plot.series;
    expect(a.points.map((p) => [p.x, p.year])).toEqual([[100, 1], [300, 2]]);
    // y(100) = 200 x (112 - 100) / 14, y(110) = 200 x 2 / 14.
    expect(a.points[0].y).toBeCloseTo((200 * 12) / 14, 9);
    expect(a.points[1].y).toBeCloseTo((200 * 2) / 14, 9);
    expect(a.line).toBe('M100,171.429L300,28.571');
  });

  it('draws the 95% interval as a band: mean ± 1.96 standard errors', () => {
    const se = 10 / Z_95;
    const plot = contractYearsPaths([vendor('a', [100, 100], se)], 300, 100);
    const [p] = plot.series[0].points;
    expect(p.low).toBeCloseTo(90, 9);
    expect(p.high).toBeCloseTo(110, 9);
    // The axis spans the band: 90 to 110 padded by 1 each side is [89, 111], rounded out to steps of 10
    // (four ticks on a chart under 200 px tall).
    expect(plot.y.domain()).toEqual([80, 120]);
    const y = (v: number) => (100 * (120 - v)) / 40;
    const fmt = (v: number) => Number(v.toFixed(3));
    // The area goes along the highs left to right, back along the lows.
    expect(plot.series[0].band).toBe(`M75,${fmt(y(110))}L225,${fmt(y(110))}L225,${fmt(y(90))}L75,${fmt(y(90))}Z`);
  });

  it('gives a one-year contract a point per vendor side by side about the middle, and no band', () => {
    const plot = contractYearsPaths([vendor('a', [5e6], 1e4), vendor('b', [5.2e6], 1e4), vendor('c', [5.1e6], 1e4)], 200, 100);
    expect(plot.years).toEqual([1]);
    expect(plot.series.map((s) => s.points.length)).toEqual([1, 1, 1]);
    // The middle half of 200 px is 100 px: two gaps of 40 px (the most) about x = 100.
    expect(plot.series.map((s) => s.points[0].x)).toEqual([60, 100, 140]);
    expect(plot.series.every((s) => s.band === '')).toBe(true);
    // Narrower, the gaps shrink to fit the middle half: 60 px / 2 = 30 px.
    expect(contractYearsPaths(plot.series.map((s, i) => vendor(s.id, [5e6 + i])), 120, 100).series.map((s) => s.points[0].x)).toEqual([30, 60, 90]);
    // A single vendor stays in the middle.
    expect(contractYearsPaths([vendor('a', [5e6])], 200, 100).series[0].points[0].x).toBe(100);
  });

  it('still has an axis when every cost is the same', () => {
    const plot = contractYearsPaths([vendor('a', [100, 100, 100]), vendor('b', [100, 100, 100])], 300, 100);
    const [lo, hi] = plot.y.domain();
    // Padded by 0.5% of the value: 99.5 to 100.5 at least.
    expect(lo).toBeLessThanOrEqual(99.5);
    expect(hi).toBeGreaterThanOrEqual(100.5);
    expect(plot.series[0].points.every((p) => Number.isFinite(p.y))).toBe(true);
  });

  it('spaces ten years evenly', () => {
    const plot = contractYearsPaths([vendor('a', Array.from({ length: 10 }, (_, i) => 100 + i))], 1000, 100);
    expect(plot.series[0].points.map((p) => p.x)).toEqual(Array.from({ length: 10 }, (_, i) => 50 + 100 * i));
  });
});
