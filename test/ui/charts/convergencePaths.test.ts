import { describe, expect, it } from 'vitest';
import { runScenario, type Convergence } from '../../../src/engine/index.js';
import { convergencePaths } from '../../../src/ui/charts/convergencePaths.js';
import { defaultModel } from '../../helpers/fixtures.js';

/** A curve whose band closes around 10 and whose sample mean wanders more. */
function curve(id: string, scale = 1): Convergence['vendors'][number] {
  return {
    id,
    conditional: { mean: [10, 10, 10].map((m) => m * scale), low: [8, 9, 9.5].map((m) => m * scale), high: [12, 11, 10.5].map((m) => m * scale) },
    sample: { mean: [16, 11, 10].map((m) => m * scale), low: [0, 0, 0], high: [30, 30, 30] },
  };
}

const c: Convergence = { trials: [1e4, 1e5, 1e6], vendors: [curve('a'), curve('b', 2)] };

describe('convergencePaths', () => {
  it('puts trials on a log axis: each tenfold is the same width', () => {
    const plot = convergencePaths(c, 300, 150, { sample: false, relative: false });
    expect(plot.x.domain()).toEqual([1e4, 1e6]);
    expect(plot.x(1e5)).toBeCloseTo(150, 9);
    expect(plot.xTicks).toEqual([1e4, 3e4, 1e5, 3e5, 1e6]); // 300 px holds 5 ticks: 1-3, not 1-2-5
  });

  it('spans every band, padded by 5% and made nice (hand-computed: 8 - 0.8 to 24 + 0.8 -> 5 to 25)', () => {
    const plot = convergencePaths(c, 300, 150, { sample: false, relative: false });
    expect(plot.y.domain()).toEqual([5, 25]);
    expect(plot.y.range()).toEqual([150, 0]);
    expect(plot.yTicks).toEqual([5, 10, 15, 20, 25]);
  });

  it('draws one line and one closed band a vendor, through every checkpoint', () => {
    const plot = convergencePaths(c, 300, 150, { sample: false, relative: false });
    expect(plot.series.map((s) => s.id)).toEqual(['a', 'b']);
    const y10 = plot.y(10);
    expect(plot.series[0].line).toBe(`M0,${y10}L150,${y10}L300,${y10}`);
    expect(plot.series[0].band.startsWith(`M0,${plot.y(12)}`)).toBe(true);
    expect(plot.series[0].band.endsWith(`L0,${plot.y(8)}Z`)).toBe(true);
    expect(plot.series.every((s) => s.sample === '')).toBe(true);
  });

  it('with the sample estimate, draws its mean too and makes room for it, not for its band', () => {
    const plot = convergencePaths(c, 300, 150, { sample: true, relative: false });
    expect(plot.series[0].sample).toBe(`M0,${plot.y(16)}L150,${plot.y(11)}L300,${plot.y(10)}`);
    expect(plot.y.domain()[1]).toBeGreaterThanOrEqual(32);
    expect(plot.y.domain()[1]).toBeLessThan(60);
  });

  it('relative to the final estimate, shows each vendor at its own scale', () => {
    const plot = convergencePaths(c, 300, 150, { sample: false, relative: true });
    // Both vendors' bands are -20%..+20% at first and -5%..+5% at the end (hand-computed).
    expect(plot.series[0].band).toBe(plot.series[1].band);
    expect(plot.series[0].line).toBe(`M0,${plot.y(0)}L150,${plot.y(0)}L300,${plot.y(0)}`);
    expect(plot.y.domain()).toEqual([-0.3, 0.3]); // -0.22..0.22, made nice
    expect(plot.yTicks).toContain(0);
  });

  it('never goes below 0 and survives a flat zero curve', () => {
    const zero: Convergence = {
      trials: [1e4, 2e4],
      vendors: [{ id: 'z', conditional: { mean: [0, 0], low: [0, 0], high: [0, 0] }, sample: { mean: [0, 0], low: [0, 0], high: [0, 0] } }],
    };
    const plot = convergencePaths(zero, 200, 100, { sample: true, relative: false });
    expect(plot.y.domain()[0]).toBe(0);
    expect(plot.y.domain()[1]).toBeGreaterThan(0);
    expect(plot.series[0].line).not.toContain('NaN');
  });

  it('draws what a real run records, without NaN', () => {
    const results = runScenario(defaultModel(), { trials: 50_000 });
    const convergence = results.convergence!;
    expect(convergence.trials).toEqual([1e4, 2e4, 3e4, 4e4, 5e4]);
    const plot = convergencePaths(convergence, 320, 150, { sample: true, relative: false });
    expect(plot.series).toHaveLength(results.vendors.length);
    for (const s of plot.series) for (const d of [s.band, s.line, s.sample]) expect(d).not.toMatch(/NaN|undefined/);
    const [lo, hi] = plot.y.domain();
    for (const v of results.vendors) {
      expect(v.expectedLoss.mean).toBeGreaterThanOrEqual(lo);
      expect(v.expectedLoss.mean).toBeLessThanOrEqual(hi);
    }
  });
});
