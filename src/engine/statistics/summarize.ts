import { sum } from 'simple-statistics';
import type { Model } from '../model/compileModel.js';
import type { BlockResult } from '../simulate/blockResult.js';
import { pairIndex } from '../simulate/blockResult.js';
import type { Comparison, Results, VendorResult } from '../results.js';
import { ENGINE_VERSION } from '../version.js';
import { decisionCost } from '../decision/decisionCost.js';
import { rankVendors } from '../decision/rankVendors.js';
import { verdictOf } from '../decision/verdictOf.js';
import { runWarnings } from './runWarnings.js';
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
 * The `breach-results/2` statistics of a run from its blocks, combined in block order
 * (so that the numbers are the same whichever thread simulated which block).
 * Blocks must be 0, 1, 2, ... with no gap; the trials counted are theirs.
 *
 * The expected loss is the mean of each trial's expected loss given its parameter draws
 * (conditional Monte Carlo: it carries none of the noise of which years happen to have
 * breaches), its variance combined over blocks by Chan's pairwise update; the sample
 * mean of the simulated years stays as `sample`. Per vendor the cost is two passes over
 * its non-zero annual losses (most years lose nothing, and zeros are never stored) and a
 * few small sorts; comparisons come from per-block sums.
 *
 * @example
 * const results = summarize(model, [simulateBlock(model, 0)], { scenario: 'x', currency: 'USD' });
 * results.vendors[0].expectedLoss.mean; // the mean of the vendor's conditional expected losses
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
    const sample = { mean, standardError: standardErrorOf(squares, n) };
    const conditional = combineMoments(ordered, (b) => [b.conditionalShift[j], b.conditionalSum[j], b.conditionalSumSquares[j]]);
    const expectedLoss = { mean: conditional.mean, standardError: standardErrorOf(conditional.squares, n), sample };

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
      reference: vendor.reference,
      expectedLoss,
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
      riskAdjustedCost: decisionCost({ annualPrice: vendor.annualPrice, expectedLoss }),
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
      const sampleDifference = sumDifference / n;
      const variance = n > 1 ? Math.max(0, (sumSquares - n * sampleDifference * sampleDifference) / (n - 1)) : 0;
      const conditional = combineMoments(ordered, (block) => [
        block.pairConditionalShift[p], block.pairConditionalSum[p], block.pairConditionalSumSquares[p],
      ]);
      comparisons.push({
        a: model.vendors[a].id,
        b: model.vendors[b].id,
        meanDifference: conditional.mean,
        standardError: standardErrorOf(conditional.squares, n),
        probabilityALower: total(ordered, (block) => block.pairLower[p]) / n,
        probabilityACheaper: total(ordered, (block) => block.pairCheaper[p]) / n,
        sample: { meanDifference: sampleDifference, standardError: Math.sqrt(variance / n) },
      });
    }
  }

  const ranking = rankVendors(vendors);
  return {
    format: 'breach-results/2',
    scenario: labels.scenario,
    currency: labels.currency,
    trials: n,
    seed: model.seed,
    engineVersion: ENGINE_VERSION,
    vendors,
    comparisons,
    ranking,
    verdict: verdictOf(vendors, comparisons, ranking),
    warnings: runWarnings(model, vendors, n, total(ordered, (b) => b.baselineBreaches)),
  };
}

/** sqrt(sum of squared deviations / (n - 1) / n), 0 for a single trial. */
function standardErrorOf(squares: number, n: number): number {
  return n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0;
}

/**
 * The mean and sum of squared deviations of values given per block as shifted sums
 * `[shift, sum of (x - shift), sum of (x - shift)^2]`: each block's own, then folded left
 * in block order by Chan, Golub and LeVeque's pairwise update. Constant values give
 * exactly their value and exactly 0; the squares are never negative.
 *
 * @example
 * combineMoments(blocks, (b) => [b.conditionalShift[0], b.conditionalSum[0], b.conditionalSumSquares[0]]);
 * // { mean: 1986000.5, squares: 3.2e17 }
 */
function combineMoments(
  blocks: readonly BlockResult[],
  pick: (b: BlockResult) => [shift: number, sum: number, sumSquares: number],
): { mean: number; squares: number } {
  let count = 0;
  let mean = 0;
  let squares = 0;
  for (const block of blocks) {
    const m = block.trials;
    if (m === 0) continue;
    const [shift, s1, s2] = pick(block);
    const blockMean = shift + s1 / m;
    const blockSquares = Math.max(0, s2 - (s1 * s1) / m);
    if (count === 0) {
      mean = blockMean;
      squares = blockSquares;
    } else {
      const delta = blockMean - mean;
      const combined = count + m;
      mean += (delta * m) / combined;
      squares += blockSquares + (delta * delta * count * m) / combined;
    }
    count += m;
  }
  return { mean, squares };
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
