import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3';
import type { ExceedancePoint } from '../../engine/index.js';
import { logProbabilityDomain } from './logProbabilityDomain.js';
import { logTicks } from './logTicks.js';
import { percentTick } from './percentTick.js';

/** What the exceedance chart's scales depend on. */
export interface ExceedanceFrame {
  /** Every vendor's exceedance curve, on one grid. */
  curves: readonly (readonly ExceedancePoint[])[];
  /** The grid points the chart shows (`exceedanceWindow`). */
  span: { start: number; end: number };
  /** The risk tolerance's points drawn (none, one, or a curve's): the axes reach them. */
  tolerance: readonly { loss: number; probability: number }[];
  axis: 'linear' | 'log';
  trials: number;
  innerWidth: number;
  innerHeight: number;
  /** The plot's whole height: a short plot has fewer chance ticks. */
  height: number;
}

/**
 * The exceedance chart's scales and ticks: a log loss axis over the window (widened to
 * the tolerance's points that lie on the grid), and the chance on a linear axis from 0 (at least to 1%) or a log axis
 * down to what the run can resolve (`logProbabilityDomain`), both reaching the
 * tolerance's chances, where a zero chance sits
 * on the bottom.
 *
 * @example
 * const s = exceedanceScales({ curves, span, tolerance: [], axis: 'log', trials: 100_000, innerWidth: 600, innerHeight: 280, height: 330 });
 * s.yOf(0); // 280: the bottom
 */
export function exceedanceScales(frame: ExceedanceFrame): {
  x: ScaleLogarithmic<number, number>;
  y: ScaleLogarithmic<number, number> | ScaleLinear<number, number>;
  yOf: (p: number) => number;
  xTicks: number[];
  yTicks: number[];
  yFormat: (p: number) => string;
} {
  const { curves, span, tolerance, axis, trials, innerWidth, innerHeight, height } = frame;
  const grid = curves[0] ?? [];
  let lo = grid[span.start]?.loss ?? 1;
  let hi = grid[span.end]?.loss ?? 10;
  for (const point of tolerance) {
    if (grid.length === 0 || point.loss < grid[0].loss || point.loss > grid[grid.length - 1].loss) continue;
    lo = Math.min(lo, point.loss);
    hi = Math.max(hi, point.loss);
  }
  const chances = tolerance.map((p) => p.probability);
  const x = scaleLog().domain([lo, hi]).range([0, innerWidth]).clamp(true);
  const chanceTicks = height < 300 ? 4 : 5;
  const xTicks = logTicks(lo, hi, Math.max(2, Math.floor(innerWidth / 52)));
  if (axis === 'log') {
    // The domain that keeps the lowest tolerance chance in, widened to the one that keeps the highest.
    const low = logProbabilityDomain(curves, span, trials, chances.length ? Math.min(...chances) : undefined);
    const high = chances.length ? logProbabilityDomain(curves, span, trials, Math.max(...chances)) : low;
    const y = scaleLog().domain([Math.min(low[0], high[0]), Math.max(low[1], high[1])]).range([innerHeight, 0]).clamp(true);
    const [bottom, top] = y.domain();
    return {
      x, y, xTicks,
      yOf: (p) => (p > 0 ? y(p) : innerHeight),
      yTicks: logTicks(bottom, top, Math.max(2, Math.floor(innerHeight / 26))),
      yFormat: percentTick,
    };
  }
  const top = Math.max(0.01, ...curves.map((c) => c[span.start]?.probability ?? 0), ...chances);
  const y = scaleLinear().domain([0, top]).range([innerHeight, 0]).nice(4);
  return { x, y, xTicks, yOf: (p) => y(p), yTicks: y.ticks(chanceTicks), yFormat: y.tickFormat(chanceTicks, '%') };
}
