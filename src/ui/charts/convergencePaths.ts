import { area, line, scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3';
import type { Convergence } from '../../engine/index.js';
import { logTicks } from './logTicks.js';

/** One vendor's marks: its 95% band, its running expected loss, and the running mean of its simulated years. */
export interface ConvergenceSeries {
  id: string;
  band: string;
  line: string;
  /** Empty unless the sample estimate is asked for. */
  sample: string;
}

/** What the convergence chart draws, in pixels inside its margins. */
export interface ConvergencePlot {
  x: ScaleLogarithmic<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: number[];
  yTicks: number[];
  series: ConvergenceSeries[];
}

/** What the chart shows: the sample estimate too or not; amounts, or each value relative to the vendor's final estimate. */
export interface ConvergenceOptions {
  sample: boolean;
  relative: boolean;
}

/**
 * The scales, ticks and paths of a convergence chart `width` x `height` pixels: trials on
 * a log axis from the first checkpoint to the last; on a linear axis, each vendor's
 * running expected loss and 95% band (and, with `sample`, the running mean of its
 * simulated years), as amounts (never below 0) or, with `relative`, as the fraction by
 * which each differs from the vendor's final estimate (0 for a vendor whose final estimate
 * is 0). The axis spans every band and drawn mean, padded by 5% and rounded to nice ticks.
 * Cost: O(vendors x points).
 *
 * @example
 * const conditional = { mean: [10, 10], low: [8, 9.5], high: [12, 10.5] };
 * const c = { trials: [1e4, 1e5], vendors: [{ id: 'a', conditional, sample }] };
 * const plot = convergencePaths(c, 300, 120, { sample: false, relative: false });
 * plot.x.domain(); // [10000, 100000]
 * plot.y.domain(); // [7, 13]
 * plot.series[0].line; // 'M0,60L300,60'
 * plot.series[0].band; // 'M0,20L300,50L300,70L0,100Z'
 * convergencePaths(c, 300, 120, { sample: false, relative: true }).y.domain(); // [-0.3, 0.3]
 */
export function convergencePaths(convergence: Convergence, width: number, height: number, options: ConvergenceOptions): ConvergencePlot {
  const { trials } = convergence;
  const first = trials[0] ?? 1;
  const last = trials[trials.length - 1] ?? 10;
  const x = scaleLog().domain([first, last > first ? last : first * 10]).range([0, width]);

  const vendors = convergence.vendors.map((v) => {
    const final = v.conditional.mean[v.conditional.mean.length - 1];
    const at = (m: number) => (!options.relative ? m : final > 0 ? m / final - 1 : 0);
    return {
      id: v.id,
      mean: v.conditional.mean.map(at),
      low: v.conditional.low.map(at),
      high: v.conditional.high.map(at),
      sample: options.sample ? v.sample.mean.map(at) : [],
    };
  });

  const finite = vendors.flatMap((v) => [...v.low, ...v.high, ...v.sample]).filter(Number.isFinite);
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  const pad = hi > lo ? (hi - lo) * 0.05 : Math.max(Math.abs(hi) * 0.05, options.relative ? 0.001 : 1);
  lo = options.relative ? lo - pad : Math.max(0, lo - pad);
  hi += pad;
  const count = height < 200 ? 3 : 5;
  const y = scaleLinear().domain([lo, hi]).range([height, 0]).nice(5);

  const xs = (i: number) => x(trials[i]);
  const drawn = (values: readonly number[]) => line<number>().x((_, i) => xs(i)).y((m) => y(m))(values) ?? '';
  const series = vendors.map((v) => ({
    id: v.id,
    band: area<number>().x((_, i) => xs(i)).y0((_, i) => y(v.low[i])).y1((_, i) => y(v.high[i]))(v.mean) ?? '',
    line: drawn(v.mean),
    sample: options.sample ? drawn(v.sample) : '',
  }));

  return {
    x,
    y,
    xTicks: logTicks(x.domain()[0], x.domain()[1], Math.max(2, Math.floor(width / 56))),
    yTicks: y.ticks(count),
    series,
  };
}
