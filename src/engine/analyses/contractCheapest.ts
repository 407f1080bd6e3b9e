import type { AnalysisContext } from './analysis.js';
import { SERIES, SERIES_PER_VENDOR } from './contractSeries.js';

/**
 * How `probabilityCheapest` over the contract measures one trial's cost, as the year's does:
 * the contract's expected cost given the trial's parameters (its assumption draw), never
 * its simulated breaches. That is the present value of the fixed payments plus
 * `slope x C`, C the trial's conditional expected annual loss. With a share-only indemnity
 * and no insurance the slope is exact: `(1 - share)` times the discounted trend factors,
 * summed over the years. Where caps or insurance make the recoveries depend on the
 * breaches, the slope is the block's ratio of the net loss (less the surprise of the
 * share kept) to the conditional expected loss. So recoveries are taken as proportional
 * to the conditional expected loss within each block of trials, clamped between nothing
 * and the whole gross. When no candidate's parameters vary, every draw is the same, and the
 * cheapest is the vendor ranked first: 100% to it.
 */
export const CHEAPEST_BASIS =
  'fixed payments + expected net loss given the trial\'s parameters: (1 - indemnity share) x conditional expected loss with no caps or insurance, else the block\'s net-to-conditional ratio x conditional expected loss, each year discounted';

/**
 * Per vendor, the trials in which its contract is strictly the cheapest candidate's, each
 * measured by `CHEAPEST_BASIS` (a tie counts for nobody; the reference is never a candidate).
 */
export function cheapestContracts(
  context: AnalysisContext, series: readonly Float64Array[], expected: readonly Float64Array[], n: number,
): Float64Array {
  const { model } = context;
  const fixed = presentFixed(context);
  const candidates = model.vendors.flatMap((v, j) => (v.reference ? [] : [j]));
  const cheapest = new Float64Array(model.vendors.length);
  if (candidates.length === 0) return cheapest;
  const slopes = candidates.map((j) => cheapestSlope(model, series, expected[j], j, n));
  const costs = new Float64Array(n);
  const bestOf = new Int32Array(n);
  const tied = new Uint8Array(n);
  for (let t = 0; t < n; t++) costs[t] = fixed[candidates[0]] + slopes[0] * expected[candidates[0]][t];
  for (let i = 1; i < candidates.length; i++) {
    const [conditional, slope, f] = [expected[candidates[i]], slopes[i], fixed[candidates[i]]];
    for (let t = 0; t < n; t++) {
      const cost = f + slope * conditional[t];
      if (cost < costs[t]) {
        costs[t] = cost;
        bestOf[t] = i;
        tied[t] = 0;
      } else if (cost === costs[t]) tied[t] = 1;
    }
  }
  for (let t = 0; t < n; t++) if (!tied[t]) cheapest[candidates[bestOf[t]]]++;
  return cheapest;
}

/**
 * What a unit of vendor j's conditional expected annual loss adds to its contract's present
 * cost (see `CHEAPEST_BASIS`): exactly `(1 - share) x sum_y v_y g_y` when the indemnity has no
 * cap and there is no insurance; otherwise the block's `(sum N - (1 - share) sum Z) / sum C`
 * (N the present net loss, Z the present gross's surprise, C the conditional expected loss),
 * clamped to `[0, sum_y v_y g_y]`.
 */
function cheapestSlope(model: AnalysisContext['model'], series: readonly Float64Array[], conditional: Float64Array, j: number, n: number): number {
  const contract = model.contract!;
  const weight = contract.presentGrowth;
  const keep = 1 - contract.indemnityShare[j];
  const recoveriesFollowBreaches = contract.insurance !== undefined ||
    contract.capPerYear[j] !== Infinity || contract.capPerContract[j] !== Infinity;
  if (!recoveriesFollowBreaches) return keep * weight;
  const net = series[j * SERIES_PER_VENDOR + SERIES.presentNet];
  const surprise = series[j * SERIES_PER_VENDOR + SERIES.presentSurprise];
  let sumNet = 0;
  let sumSurprise = 0;
  let sumConditional = 0;
  for (let t = 0; t < n; t++) {
    sumNet += net[t];
    sumSurprise += surprise[t];
    sumConditional += conditional[t];
  }
  if (!(sumConditional > 0)) return 0;
  return Math.min(weight, Math.max(0, (sumNet - keep * sumSurprise) / sumConditional));
}

/** Per vendor, the least and greatest of its conditional expected losses over the block's trials. */
export function rangeOf(expected: readonly Float64Array[], n: number): Float64Array {
  const range = new Float64Array(2 * expected.length);
  expected.forEach((values, j) => {
    let [low, high] = [Infinity, -Infinity];
    for (let t = 0; t < n; t++) {
      if (values[t] < low) low = values[t];
      if (values[t] > high) high = values[t];
    }
    range[2 * j] = low;
    range[2 * j + 1] = high;
  });
  return range;
}

/** Two blocks' ranges as one. */
export function widen(left: Float64Array, right: Float64Array): Float64Array {
  for (let j = 0; j < left.length; j += 2) {
    left[j] = Math.min(left[j], right[j]);
    left[j + 1] = Math.max(left[j + 1], right[j + 1]);
  }
  return left;
}

/** True when no candidate's conditional expected loss varies between trials: every assumption draw is the same. */
export function parametersFixed(model: AnalysisContext['model'], range: Float64Array): boolean {
  return model.vendors.every((v, j) => v.reference || range[2 * j] === range[2 * j + 1]);
}

/** Per vendor: the present value of its fixed payments (prices, premiums, the switching cost in year 1). */
export function presentFixed({ model }: AnalysisContext): Float64Array {
  const contract = model.contract!;
  return Float64Array.from(model.vendors, (_, j) => {
    let value = contract.discount[0] * contract.switchingCost[j];
    for (let y = 0; y < contract.years; y++) {
      value += contract.discount[y] * (contract.prices[j][y] + (contract.insurance?.premiums[y] ?? 0));
    }
    return value;
  });
}
