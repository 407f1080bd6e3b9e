import { sum } from 'simple-statistics';
import type { ExceedancePoint, MeanEstimate, VendorResult } from '../results.js';
import { exceedanceGrid } from '../statistics/exceedanceGrid.js';
import { orderStatistics } from '../statistics/orderStatistics.js';
import { quantileLinear, quantileRanks } from '../statistics/quantileLinear.js';
import type { Analysis } from './analysis.js';

/** The quantiles reported, by name. */
const QUANTILES = { p5: 0.05, p50: 0.5, p75: 0.75, p90: 0.9, p95: 0.95, p99: 0.99 } as const;

/** The non-zero annual losses of a run's blocks, kept sparse (most years lose nothing). */
export interface YearLossesPartial {
  trials: number;
  /** Per vendor: each block's non-zero annual losses, in block order. */
  losses: Float64Array[][];
  /** The largest annual loss with no controls: the top of the exceedance grid. */
  maxBaselineLoss: number;
}

/** What the simulated years show of one vendor's annual loss. */
export interface YearLossFigures {
  /** The plain mean of the simulated annual losses, and its standard error. */
  sample: MeanEstimate;
  quantiles: VendorResult['quantiles'];
  tailValueAtRisk95: number;
  exceedance: ExceedancePoint[];
}

/**
 * The figures of the simulated years themselves, per vendor: the sample mean and its
 * standard error, the quantiles (linear between order statistics), the mean of the worst
 * 5% of years and P(loss > x) on the run's shared log-spaced grid. The exact order
 * statistics need every non-zero loss, so the partial keeps them (sparse, in block order);
 * `finish` is two passes over them and a few small sorts.
 *
 * @example
 * yearLosses.finish(partial, context)[0].quantiles.p99; // 31_400_000
 */
export const yearLosses: Analysis<YearLossesPartial, YearLossFigures[]> = {
  name: 'losses',
  accumulate: (columns) => ({
    trials: columns.trials,
    losses: columns.losses.map((l) => [l.slice()]),
    maxBaselineLoss: columns.maxBaselineLoss,
  }),
  merge(left, right) {
    left.losses.forEach((parts, j) => parts.push(...right.losses[j]));
    return { trials: left.trials + right.trials, losses: left.losses, maxBaselineLoss: Math.max(left.maxBaselineLoss, right.maxBaselineLoss) };
  },
  finish(p) {
    const n = p.trials;
    const grid = exceedanceGrid(Math.max(0, p.maxBaselineLoss));
    return p.losses.map((parts) => lossFigures(parts, n, grid));
  },
};

/**
 * The figures of `n` simulated losses given by their non-zero ones (in parts, in order):
 * the sample mean and its standard error, the quantiles, the mean of the worst 5% and the
 * exceedance on `grid`.
 *
 * @example
 * lossFigures([Float64Array.of(5, 10)], 4, exceedanceGrid(10)).sample.mean; // 3.75
 */
export function lossFigures(parts: readonly Float64Array[], n: number, grid: Float64Array): YearLossFigures {
  return figuresOf(concatenate(parts), n, grid);
}

function figuresOf(losses: Float64Array, n: number, grid: Float64Array): YearLossFigures {
  const mean = sum(losses as unknown as number[]) / n;
  const zeros = n - losses.length;
  let squares = zeros * mean * mean;
  for (let i = 0; i < losses.length; i++) squares += (losses[i] - mean) * (losses[i] - mean);
  const sample = { mean, standardError: n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0 };

  // The sample is `zeros` zeros, then the non-zero losses: only order statistics above
  // the zeros, the tail and the grid's thresholds are looked up among the non-zero ones.
  const tailCount = Math.ceil(n / 20);
  const ranks = Object.values(QUANTILES).flatMap((q) => quantileRanks(n, q)).filter((r) => r >= zeros).map((r) => r - zeros);
  const statistics = orderStatistics(losses, ranks, grid, tailCount);
  const rankedValue = new Map(ranks.map((r, i) => [r + zeros, statistics.ranked[i]]));
  const orderStatistic = (i: number) => (i < zeros ? 0 : rankedValue.get(i)!);
  const quantile = (q: number) => quantileLinear(n, q, orderStatistic);
  return {
    sample,
    quantiles: {
      p5: quantile(QUANTILES.p5),
      p50: quantile(QUANTILES.p50),
      p75: quantile(QUANTILES.p75),
      p90: quantile(QUANTILES.p90),
      p95: quantile(QUANTILES.p95),
      p99: quantile(QUANTILES.p99),
    },
    tailValueAtRisk95: statistics.tailSum / tailCount,
    exceedance: Array.from(grid, (loss, k) => ({ loss, probability: statistics.above[k] / n })),
  };
}

export function concatenate(parts: readonly Float64Array[]): Float64Array {
  if (parts.length === 1) return parts[0];
  const out = new Float64Array(parts.reduce((t, p) => t + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
