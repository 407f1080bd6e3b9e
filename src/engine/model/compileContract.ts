import type { Scenario, SourcedNumber } from '../scenario/schema.js';
import { DEFAULT_COST_TREND } from '../scenario/limits.js';
import { numberValue } from '../scenario/parameters.js';

/** The retailer's insurance as the simulation applies it. */
export interface CompiledInsurance {
  /** True when retention and limit apply to each breach; false for the year's total. */
  perEvent: boolean;
  retention: number;
  limit: number;
  /** The most it pays in a year; Infinity when none is stated. */
  aggregateLimit: number;
  /** The share of each covered loss the retailer keeps. */
  coinsurance: number;
  /** The premium of each year of the contract. */
  premiums: Float64Array;
}

/** A scenario's contract terms as arrays: the horizon, each vendor's terms, the insurance. */
export interface CompiledContract {
  years: number;
  costTrend: number;
  discountRate: number;
  /** Per year y (0-based): (1 + costTrend)^y, the factor on that year's loss amounts. */
  growth: Float64Array;
  /** Per year y (0-based): 1 / (1 + discountRate)^(y + 1), each year discounted from its end. */
  discount: Float64Array;
  /** `sum_y growth[y]`, from 0 in year order: the contract's loss in units of year 1's, before discounting. */
  totalGrowth: number;
  /** `sum_y discount[y] x growth[y]`, from 0 in year order: the present value of a loss of 1 a year at year 1's amounts. */
  presentGrowth: number;
  /** Per vendor, the price of each year: annualPrice x (1 + priceEscalation)^y. */
  prices: Float64Array[];
  /** Per vendor: the one-off switching cost, counted in year 1. */
  switchingCost: Float64Array;
  /** Per vendor: the share of each breach's loss it reimburses (0 without an indemnity). */
  indemnityShare: Float64Array;
  /** Per vendor: the most it reimburses in a year, and over the contract (Infinity when not capped). */
  capPerYear: Float64Array;
  capPerContract: Float64Array;
  insurance?: CompiledInsurance;
}

/**
 * True when a scenario states any term of a contract (`contract`, `insurance`, or a vendor's
 * `priceEscalation`, `indemnity` or `switchingCost`): its runs then report the contract.
 */
export function hasContractTerms(scenario: Scenario): boolean {
  return scenario.contract !== undefined || scenario.insurance !== undefined ||
    scenario.vendors.some((v) => v.priceEscalation !== undefined || v.indemnity !== undefined || v.switchingCost !== undefined);
}

/**
 * The contract of a scenario, or undefined when it states no term of one. A scenario with
 * terms but no `contract` is a one-year contract with the default trend (which a single
 * year never reads) and no discounting.
 *
 * @example
 * compileContract({ ...scenario, contract: { years: 3, discountRate: 0.05 } })!.discount;
 * // [1 / 1.05, 1 / 1.05^2, 1 / 1.05^3]
 */
export function compileContract(scenario: Scenario): CompiledContract | undefined {
  if (!hasContractTerms(scenario)) return undefined;
  const years = scenario.contract?.years ?? 1;
  const costTrend = valueOr(scenario.contract?.costTrend, DEFAULT_COST_TREND);
  const discountRate = valueOr(scenario.contract?.discountRate, 0);
  const insurance = scenario.insurance;
  const growth = compounded(years, costTrend, 1);
  const discount = Float64Array.from(compounded(years + 1, discountRate, 1).subarray(1), (f) => 1 / f);
  let totalGrowth = 0;
  let presentGrowth = 0;
  for (let y = 0; y < years; y++) {
    totalGrowth += growth[y];
    presentGrowth += discount[y] * growth[y];
  }
  return {
    years,
    costTrend,
    discountRate,
    growth,
    discount,
    totalGrowth,
    presentGrowth,
    prices: scenario.vendors.map((v) => compounded(years, valueOr(v.priceEscalation, 0), numberValue(v.annualPrice))),
    switchingCost: Float64Array.from(scenario.vendors, (v) => valueOr(v.switchingCost, 0)),
    indemnityShare: Float64Array.from(scenario.vendors, (v) => valueOr(v.indemnity?.share, 0)),
    capPerYear: Float64Array.from(scenario.vendors, (v) => valueOr(v.indemnity?.capPerYear, Infinity)),
    capPerContract: Float64Array.from(scenario.vendors, (v) => valueOr(v.indemnity?.capPerContract, Infinity)),
    insurance: insurance && {
      perEvent: insurance.per === 'event',
      retention: numberValue(insurance.retention),
      limit: numberValue(insurance.limit),
      aggregateLimit: valueOr(insurance.aggregateLimit, Infinity),
      coinsurance: valueOr(insurance.coinsurance, 0),
      premiums: compounded(years, valueOr(insurance.premiumEscalation, 0), numberValue(insurance.premium)),
    },
  };
}

/** `first x (1 + rate)^y` for y = 0 to count - 1, by repeated multiplication. */
function compounded(count: number, rate: number, first: number): Float64Array {
  const out = new Float64Array(count);
  let value = first;
  for (let y = 0; y < count; y++, value *= 1 + rate) out[y] = value;
  return out;
}

function valueOr(input: SourcedNumber | undefined, fallback: number): number {
  return input === undefined ? fallback : numberValue(input);
}
