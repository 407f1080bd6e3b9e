import { sum } from 'simple-statistics';
import type { Model } from '../model/compileModel.js';
import type { BlockResult } from '../simulate/blockResult.js';
import { pairIndex } from '../simulate/blockResult.js';
import type { Comparison, Results, VendorResult } from '../results.js';
import { ENGINE_VERSION } from '../version.js';
import { exceedanceGrid } from './exceedanceGrid.js';
import { quantileLinear, quantileRanks } from './quantileLinear.js';
import { orderStatistics } from './orderStatistics.js';

/** The quantiles reported, by name. */
const QUANTILES = { p5: 0.05, p50: 0.5, p75: 0.75, p90: 0.9, p95: 0.95, p99: 0.99 } as const;

/** Scenario fields echoed in the results. */
export interface ResultLabels {
  scenario: string;
  currency: string;
}

/**
 * The `breach-results/1` statistics of a run from its blocks, combined in block order
 * (so that the numbers are the same whichever thread simulated which block).
 * Blocks must be 0, 1, 2, ... with no gap; the trials counted are theirs.
 *
 * Per vendor the cost is two passes over its non-zero annual losses (most years lose
 * nothing, and zeros are never stored) and a few small sorts; comparisons come from
 * per-block sums.
 *
 * @example
 * const results = summarize(model, [simulateBlock(model, 0)], { scenario: 'x', currency: 'USD' });
 * results.vendors[0].expectedLoss.mean; // the sample mean of the vendor's annual losses
 */
export function summarize(model: Model, blocks: readonly BlockResult[], labels: ResultLabels): Results {
  const ordered = [...blocks].sort((x, y) => x.block - y.block);
  ordered.forEach((b, i) => {
    if (b.block !== i) throw new Error(`summarize: block ${i} is missing`);
  });
  const n = ordered.reduce((total, b) => total + b.trials, 0);
  if (n === 0) throw new Error('summarize: no trials');
  const vendorCount = model.vendors.length;
  const grid = exceedanceGrid(Math.max(0, ...ordered.map((b) => b.maxBaselineLoss)));

  const vendors = model.vendors.map((vendor, j): VendorResult => {
    const losses = concatenate(ordered.map((b) => b.losses[j]));
    const mean = sum(losses as unknown as number[]) / n;
    const zeros = n - losses.length;
    let squares = zeros * mean * mean;
    for (let i = 0; i < losses.length; i++) squares += (losses[i] - mean) * (losses[i] - mean);
    const standardError = n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0;

    // The sample is `zeros` zeros, then the non-zero losses: only order statistics above
    // the zeros, the tail and the grid's thresholds are looked up among the non-zero ones.
    const tailCount = Math.ceil(n / 20);
    const ranks = Object.values(QUANTILES).flatMap((p) => quantileRanks(n, p)).filter((r) => r >= zeros).map((r) => r - zeros);
    const statistics = orderStatistics(losses, ranks, grid, tailCount);
    const rankedValue = new Map(ranks.map((r, i) => [r + zeros, statistics.ranked[i]]));
    const orderStatistic = (i: number) => (i < zeros ? 0 : rankedValue.get(i)!);
    const quantile = (p: number) => quantileLinear(n, p, orderStatistic);
    return {
      id: vendor.id,
      name: vendor.name,
      annualPrice: vendor.annualPrice,
      expectedLoss: { mean, standardError },
      probabilityOfBreach: total(ordered, (b) => b.breachYears[j]) / n,
      expectedBreaches: total(ordered, (b) => b.breaches[j]) / n,
      quantiles: {
        p5: quantile(QUANTILES.p5),
        p50: quantile(QUANTILES.p50),
        p75: quantile(QUANTILES.p75),
        p90: quantile(QUANTILES.p90),
        p95: quantile(QUANTILES.p95),
        p99: quantile(QUANTILES.p99),
      },
      tailValueAtRisk95: statistics.tailSum / tailCount,
      riskAdjustedCost: vendor.annualPrice + mean,
      probabilityCheapest: total(ordered, (b) => b.cheapest[j]) / n,
      exceedance: Array.from(grid, (loss, k) => ({ loss, probability: statistics.above[k] / n })),
    };
  });

  const comparisons: Comparison[] = [];
  for (let a = 0; a < vendorCount; a++) {
    for (let b = a + 1; b < vendorCount; b++) {
      const p = pairIndex(a, b, vendorCount);
      const sumDifference = total(ordered, (block) => block.pairSumDifference[p]);
      const sumSquares = total(ordered, (block) => block.pairSumSquaredDifference[p]);
      const meanDifference = sumDifference / n;
      const variance = n > 1 ? Math.max(0, (sumSquares - n * meanDifference * meanDifference) / (n - 1)) : 0;
      comparisons.push({
        a: model.vendors[a].id,
        b: model.vendors[b].id,
        meanDifference,
        standardError: Math.sqrt(variance / n),
        probabilityALower: total(ordered, (block) => block.pairLower[p]) / n,
        probabilityACheaper: total(ordered, (block) => block.pairCheaper[p]) / n,
      });
    }
  }

  return {
    format: 'breach-results/1',
    scenario: labels.scenario,
    currency: labels.currency,
    trials: n,
    seed: model.seed,
    engineVersion: ENGINE_VERSION,
    vendors,
    comparisons,
  };
}

/** A sum over blocks in block order. */
function total(blocks: readonly BlockResult[], pick: (b: BlockResult) => number): number {
  let s = 0;
  for (const b of blocks) s += pick(b);
  return s;
}

function concatenate(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((t, p) => t + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
