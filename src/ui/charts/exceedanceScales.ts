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
  /** The risk tolerance drawn, if any: the axes reach it. */
  shown: { loss: number; probability: number } | undefined;
  axis: 'linear' | 'log';
  trials: number;
  innerWidth: number;
  innerHeight: number;
  /** The plot's whole height: a short plot has fewer chance ticks. */
  height: number;
}

/**
 * The exceedance chart's scales and ticks: a log loss axis over the window (widened to
 * the tolerance), and the chance on a linear axis from 0 (at least to 1%) or a log axis
 * down to what the run can resolve (`logProbabilityDomain`), where a zero chance sits
 * on the bottom.
 *
 * @example
 * const s = exceedanceScales({ curves, span, shown: undefined, axis: 'log', trials: 100_000, innerWidth: 600, innerHeight: 280, height: 330 });
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
  const { curves, span, shown, axis, trials, innerWidth, innerHeight, height } = frame;
  const grid = curves[0] ?? [];
  let lo = grid[span.start]?.loss ?? 1;
  let hi = grid[span.end]?.loss ?? 10;
  if (shown && grid.length > 0 && shown.loss >= grid[0].loss && shown.loss <= grid[grid.length - 1].loss) {
    lo = Math.min(lo, shown.loss);
    hi = Math.max(hi, shown.loss);
  }
  const x = scaleLog().domain([lo, hi]).range([0, innerWidth]).clamp(true);
  const chanceTicks = height < 300 ? 4 : 5;
  const xTicks = logTicks(lo, hi, Math.max(2, Math.floor(innerWidth / 52)));
  if (axis === 'log') {
    const y = scaleLog().domain(logProbabilityDomain(curves, span, trials, shown?.probability)).range([innerHeight, 0]).clamp(true);
    const [bottom, top] = y.domain();
    return {
      x, y, xTicks,
      yOf: (p) => (p > 0 ? y(p) : innerHeight),
      yTicks: logTicks(bottom, top, Math.max(2, Math.floor(innerHeight / 26))),
      yFormat: percentTick,
    };
  }
  const top = Math.max(0.01, ...curves.map((c) => c[span.start]?.probability ?? 0), shown?.probability ?? 0);
  const y = scaleLinear().domain([0, top]).range([innerHeight, 0]).nice(4);
  return { x, y, xTicks, yOf: (p) => y(p), yTicks: y.ticks(chanceTicks), yFormat: y.tickFormat(chanceTicks, '%') };
}
