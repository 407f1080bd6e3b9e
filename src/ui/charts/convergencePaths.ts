import { area, line, scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3';
import type { Results } from '../../engine/index.js';
import { logTicks } from './logTicks.js';

/** How the run's estimates settled, as the results carry it. */
export type Convergence = NonNullable<Results['convergence']>;

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

/**
 * The scales, ticks and paths of a convergence chart `width` x `height` pixels: trials on
 * a log axis from the first checkpoint to the last; expected loss on a linear axis
 * spanning every vendor's 95% band (and, with `sample`, the running means of the simulated
 * years), padded by 5% and rounded to nice ticks, never below 0. Cost: O(vendors x points).
 *
 * @example
 * const conditional = { mean: [10, 10], low: [8, 9.5], high: [12, 10.5] };
 * const plot = convergencePaths({ trials: [1e4, 1e5], vendors: [{ id: 'a', conditional, sample }] }, 300, 120, false);
 * plot.x.domain(); // [10000, 100000]
 * plot.y.domain(); // [6, 14]
 * plot.series[0].line; // 'M0,60L300,60'
 * plot.series[0].band; // 'M0,30L300,52.5L300,67.5L0,90Z'
 */
export function convergencePaths(convergence: Convergence, width: number, height: number, sample: boolean): ConvergencePlot {
  const { trials, vendors } = convergence;
  const first = trials[0] ?? 1;
  const last = trials[trials.length - 1] ?? 10;
  const x = scaleLog().domain([first, last > first ? last : first * 10]).range([0, width]);

  const values = vendors.flatMap((v) => [...v.conditional.low, ...v.conditional.high, ...(sample ? v.sample.mean : [])]);
  const finite = values.filter(Number.isFinite);
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  const pad = hi > lo ? (hi - lo) * 0.05 : Math.max(Math.abs(hi) * 0.05, 1);
  lo = Math.max(0, lo - pad);
  hi += pad;
  const count = height < 200 ? 3 : 5;
  const y = scaleLinear().domain([lo, hi]).range([height, 0]).nice(count);

  const xs = (i: number) => x(trials[i]);
  const series = vendors.map((v) => {
    const { mean, low, high } = v.conditional;
    const drawn = (values: readonly number[]) => line<number>().x((_, i) => xs(i)).y((m) => y(m))(values) ?? '';
    return {
      id: v.id,
      band: area<number>().x((_, i) => xs(i)).y0((_, i) => y(low[i])).y1((_, i) => y(high[i]))(mean) ?? '',
      line: drawn(mean),
      sample: sample ? drawn(v.sample.mean) : '',
    };
  });

  return {
    x,
    y,
    xTicks: logTicks(x.domain()[0], x.domain()[1], Math.max(2, Math.floor(width / 56))),
    yTicks: y.ticks(count),
    series,
  };
}
