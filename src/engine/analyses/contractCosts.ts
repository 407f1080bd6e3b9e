import type { ContractComparison, ContractResults, ContractVendor, ContractYear, NetLossEstimate } from '../contractResults.js';
import type { MeanEstimate } from '../results.js';
import { rankVendors } from '../decision/rankVendors.js';
import { verdictOf } from '../decision/verdictOf.js';
import { exceedanceGrid } from '../statistics/exceedanceGrid.js';
import { orderStatistics } from '../statistics/orderStatistics.js';
import type { Analysis, AnalysisContext } from './analysis.js';
import { coMomentsOf, mergeCoMoments, type CoMoments } from './coMoments.js';
import { expectedMoments } from './expectedMoments.js';
import { mergeMoments, standardErrorOf, type Moments } from './moments.js';
import { addInto } from './sums.js';
import { concatenate, lossFigures } from './yearLosses.js';
import { contractSeries, SERIES, SERIES_PER_VENDOR, yearMoments, yearSums } from './contractSeries.js';
import { CHEAPEST_BASIS, cheapestContracts, parametersFixed, presentFixed, rangeOf, widen } from './contractCheapest.js';

/** The contract's partial: co-moments of every vendor's series, counts and the sparse totals. */
export interface ContractPartial {
  trials: number;
  /** Co-moments of every vendor's dense series (`SERIES`): the contract's totals and present values. */
  moments: CoMoments;
  /** Each year's sums (`yearSums`), merged by adding. */
  years: Float64Array;
  /** The conditional expected annual loss's moments, the very partial of the year's expected loss (so year 1's gross is it to the last bit). */
  conditional: Moments;
  cheapest: Float64Array;
  /** Per vendor: the least and the greatest conditional expected loss of any trial (`2j`, `2j + 1`). */
  conditionalRange: Float64Array;
  /** Per year x vendor (`y x vendors + j`): the indemnity and the insurance paid. */
  indemnity: Float64Array;
  insurance: Float64Array;
  /** Per vendor: each block's non-zero contract totals of net loss. */
  totals: Float64Array[][];
  /** Per vendor: each block's non-zero largest breaches of year 1. */
  largest: Float64Array[][];
  maxBaselineLoss: number;
  maxContractBaseline: number;
}

/**
 * The contract, as an analysis: per vendor and year the expected gross loss (the
 * conditional estimate times the year's trend), the expected net loss by the control variate
 * `G - E[G | parameters]` (simulated gross minus its conditional expectation, mean exactly 0,
 * with the coefficient that minimises the variance, estimated from the run), what the
 * indemnity and the insurance paid, and the year's cost; over the contract, the totals and
 * their present values, the quantiles, tail and exceedance of the total net loss, the
 * occurrence curve of year 1, `probabilityCheapest` (see `CHEAPEST_BASIS`), the paired
 * comparisons of present values, and the ranking and verdict over the contract.
 *
 * @example
 * contractCosts.finish(partial, context).verdict; // { kind: 'clear', best: 'bluepeak', ... }
 */
export const contractCosts: Analysis<ContractPartial, ContractResults> = {
  name: 'contract',
  accumulate(columns, context) {
    const { model } = context;
    const contract = model.contract!;
    const book = columns.contract!;
    const n = columns.trials;
    const layout = layoutOf(context);
    const { years } = contract;
    const vendors = model.vendors.length;
    const series = contractSeries(model, book, columns.expected, n);
    const totals = model.vendors.map((_, j) => [positives(series[j * SERIES_PER_VENDOR + SERIES.totalNet])]);
    const largest = model.vendors.map((_, j) => [positives(book.largestBreach[j])]);
    const cheapest = cheapestContracts(context, series, columns.expected, n);
    const flat = (rows: Float64Array[]) => {
      const out = new Float64Array(years * vendors);
      rows.forEach((row, y) => out.set(row, y * vendors));
      return out;
    };
    return {
      trials: n,
      moments: coMomentsOf(series, layout.products, n),
      years: yearSums(model, book, columns.expected, n),
      conditional: expectedMoments(columns),
      cheapest,
      conditionalRange: rangeOf(columns.expected, n),
      indemnity: flat(book.indemnity),
      insurance: flat(book.insurance),
      totals,
      largest,
      maxBaselineLoss: columns.maxBaselineLoss,
      maxContractBaseline: book.maxBaselineLoss,
    };
  },
  merge(left, right, context) {
    left.totals.forEach((parts, j) => parts.push(...right.totals[j]));
    left.largest.forEach((parts, j) => parts.push(...right.largest[j]));
    return {
      trials: left.trials + right.trials,
      moments: mergeCoMoments(left.moments, right.moments, layoutOf(context).products),
      years: addInto(left.years, right.years),
      conditional: mergeMoments(left.conditional, right.conditional),
      cheapest: addInto(left.cheapest, right.cheapest),
      conditionalRange: widen(left.conditionalRange, right.conditionalRange),
      indemnity: addInto(left.indemnity, right.indemnity),
      insurance: addInto(left.insurance, right.insurance),
      totals: left.totals,
      largest: left.largest,
      maxBaselineLoss: Math.max(left.maxBaselineLoss, right.maxBaselineLoss),
      maxContractBaseline: Math.max(left.maxContractBaseline, right.maxContractBaseline),
    };
  },
  finish(p, context) {
    const { model } = context;
    const contract = model.contract!;
    const { years } = contract;
    const n = p.trials;
    const layout = layoutOf(context);
    const m = p.moments;
    const vendorCount = model.vendors.length;
    const yearGrid = exceedanceGrid(Math.max(0, p.maxBaselineLoss));
    const contractGrid = exceedanceGrid(Math.max(0, p.maxContractBaseline));
    const fixedPresent = presentFixed(context);
    const sumOf = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);
    const standardError = (squares: number) => (n > 1 ? Math.sqrt(Math.max(0, squares) / (n - 1) / n) : 0);
    // The vendor's own products: NN, NZ, ZZ of the total, then of the present value.
    const cross = (j: number, k: number) => m.cross[j * layout.perVendorProducts + k];
    const controlled = (net: number, surprise: number, nn: number, nz: number, zz: number): NetLossEstimate & { beta: number } => {
      const beta = zz > 0 ? nz / zz : 0;
      return {
        mean: net - beta * surprise,
        standardError: standardError(nn - beta * nz),
        sample: { mean: net, standardError: standardError(nn) },
        beta,
      };
    };
    const estimate = (j: number, k: number, series: number) =>
      controlled(m.mean[j * SERIES_PER_VENDOR + series], m.mean[j * SERIES_PER_VENDOR + series + 1], cross(j, k), cross(j, k + 1), cross(j, k + 2));
    const yearEstimate = (j: number, y: number) => {
      const e = yearMoments(p.years, y, j, vendorCount, years, contract.growth[y], n);
      return controlled(e.net, e.surprise, e.nn, e.nz, e.zz);
    };
    // Where nothing was ever recovered the net loss is the gross, and the estimate is the
    // gross's conditional one: the control variate with coefficient 1 (N - Z = factor x C in every trial).
    const recovered = (j: number, ys: readonly number[]) => ys.some((y) => p.indemnity[y * vendorCount + j] > 0 || p.insurance[y * vendorCount + j] > 0);
    const everyYear = Array.from({ length: years }, (_, y) => y);
    const exactly = (j: number, factor: number, e: NetLossEstimate & { beta: number }) => ({
      ...e, mean: factor * p.conditional.mean[j], standardError: factor * standardErrorOf(p.conditional, j), beta: 1,
    });
    const estimates = model.vendors.map((_, j) => {
      // The net loss lies between nothing and the gross: a control variate pushed outside by a few
      // extreme trials (a heavy tail over few trials) is brought back to the nearest end.
      const within = (factor: number, e: NetLossEstimate & { beta: number }) =>
        ({ ...e, mean: Math.min(Math.max(e.mean, 0), factor * p.conditional.mean[j]) });
      const or = (ys: readonly number[], factor: number, e: NetLossEstimate & { beta: number }) =>
        (recovered(j, ys) ? within(factor, e) : exactly(j, factor, e));
      return {
        years: everyYear.map((y) => or([y], contract.growth[y], yearEstimate(j, y))),
        total: or(everyYear, contract.totalGrowth, estimate(j, 0, SERIES.totalNet)),
        present: or(everyYear, contract.presentGrowth, estimate(j, 3, SERIES.presentNet)),
        conditional: { mean: p.conditional.mean[j], standardError: standardErrorOf(p.conditional, j) },
      };
    });
    const scaled = (e: MeanEstimate, by: number) => ({ mean: by * e.mean, standardError: by * e.standardError });
    const plain = ({ mean, standardError: se, sample }: NetLossEstimate): NetLossEstimate => ({ mean, standardError: se, sample });
    const premiums = contract.insurance?.premiums ?? new Float64Array(years);

    const vendors = model.vendors.map((vendor, j): ContractVendor => {
      const e = estimates[j];
      const switchingCost = contract.switchingCost[j];
      const yearRows = e.years.map((net, y): ContractYear => {
        const price = contract.prices[j][y];
        const premium = premiums[y];
        const switching = y === 0 ? switchingCost : 0;
        return {
          year: y + 1,
          price,
          premium,
          switchingCost: switching,
          grossLoss: scaled(e.conditional, contract.growth[y]),
          indemnity: p.indemnity[y * vendorCount + j] / n,
          insurance: p.insurance[y * vendorCount + j] / n,
          netLoss: plain(net),
          cost: { mean: price + premium + switching + net.mean, standardError: net.standardError },
          discountFactor: contract.discount[y],
        };
      });
      const price = sumOf(contract.prices[j]);
      const premium = sumOf(premiums);
      const figures = lossFigures(p.totals[j], n, contractGrid);
      const above = orderStatistics(concatenate(p.largest[j]), [], yearGrid, 0).above;
      return {
        id: vendor.id,
        name: vendor.name,
        reference: vendor.reference,
        years: yearRows,
        total: {
          price,
          premium,
          switchingCost,
          grossLoss: scaled(e.conditional, contract.totalGrowth),
          indemnity: sumOf(yearRows.map((r) => r.indemnity)),
          insurance: sumOf(yearRows.map((r) => r.insurance)),
          netLoss: plain(e.total),
          cost: { mean: price + premium + switchingCost + e.total.mean, standardError: e.total.standardError },
          presentValue: { mean: fixedPresent[j] + e.present.mean, standardError: e.present.standardError },
          quantiles: figures.quantiles,
          tailValueAtRisk95: figures.tailValueAtRisk95,
          exceedance: figures.exceedance,
        },
        probabilityCheapest: vendor.reference ? 0 : p.cheapest[j] / n,
        occurrence: Array.from(yearGrid, (loss, k) => ({ loss, probability: above[k] / n })),
      };
    });

    const comparisons = context.pairs.map(([a, b], i): ContractComparison => {
      const at = layout.pairStart + 4 * i;
      const [ba, bb] = [estimates[a].present.beta, estimates[b].present.beta];
      const own = (j: number, beta: number) => cross(j, 3) - 2 * beta * cross(j, 4) + beta * beta * cross(j, 5);
      const between = m.cross[at] - bb * m.cross[at + 1] - ba * m.cross[at + 2] + ba * bb * m.cross[at + 3];
      return {
        a: model.vendors[a].id,
        b: model.vendors[b].id,
        meanDifference: vendors[a].total.presentValue.mean - vendors[b].total.presentValue.mean,
        standardError: standardError(own(a, ba) + own(b, bb) - 2 * between),
      };
    });
    const ranked = vendors.map((v, j) => ({
      id: v.id,
      reference: v.reference,
      riskAdjustedCost: v.total.presentValue.mean,
      annualPrice: fixedPresent[j],
      probabilityCheapest: v.probabilityCheapest,
      expectedLoss: v.total.presentValue,
    }));
    const ranking = rankVendors(ranked);
    if (parametersFixed(model, p.conditionalRange)) {
      // Every assumption draw is the same one: the cheapest is the vendor ranked first (nobody on a tie).
      const cost = new Map(ranked.map((v) => [v.id, v.riskAdjustedCost]));
      const [first, second] = ranking;
      const winner = second !== undefined && cost.get(first) === cost.get(second) ? undefined : first;
      for (const v of [...vendors, ...ranked]) v.probabilityCheapest = v.id === winner ? 1 : 0;
    }
    return {
      years,
      costTrend: contract.costTrend,
      discountRate: contract.discountRate,
      vendors,
      comparisons,
      ranking,
      verdict: verdictOf(ranked, comparisons, ranking),
      cheapestBasis: CHEAPEST_BASIS,
    };
  },
};

/**
 * The cross-products kept of the block's dense series (`SERIES`): per vendor NN, NZ, ZZ of
 * the total and of the present value; per pair compared, the four products of their
 * present values' N and Z.
 */
interface Layout {
  perVendorProducts: number;
  products: Int32Array;
  pairStart: number;
}

const layouts = new WeakMap<AnalysisContext['pairs'], Layout>();

function layoutOf(context: AnalysisContext): Layout {
  let layout = layouts.get(context.pairs);
  if (!layout) {
    const vendors = context.model.vendors.length;
    const at = (j: number, series: number) => j * SERIES_PER_VENDOR + series;
    const products: number[] = [];
    for (let j = 0; j < vendors; j++) {
      const triple = (net: number, surprise: number) => products.push(net, net, net, surprise, surprise, surprise);
      triple(at(j, SERIES.totalNet), at(j, SERIES.totalSurprise));
      triple(at(j, SERIES.presentNet), at(j, SERIES.presentSurprise));
    }
    const pairStart = products.length / 2;
    for (const [a, b] of context.pairs) {
      const [na, za, nb, zb] = [at(a, SERIES.presentNet), at(a, SERIES.presentSurprise), at(b, SERIES.presentNet), at(b, SERIES.presentSurprise)];
      products.push(na, nb, na, zb, za, nb, za, zb);
    }
    layout = { perVendorProducts: 6, products: Int32Array.from(products), pairStart };
    layouts.set(context.pairs, layout);
  }
  return layout;
}

/** The values above 0, copied. */
function positives(values: Float64Array): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > 0) count++;
  const out = new Float64Array(count);
  for (let i = 0, k = 0; i < values.length; i++) if (values[i] > 0) out[k++] = values[i];
  return out;
}
