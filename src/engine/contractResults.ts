import type { ExceedancePoint, MeanEstimate, VendorResult, Verdict } from './results.js';

/**
 * The retailer's net loss estimated with the control variate `G - E[G | parameters]`, and
 * beside it the plain mean of the simulated net losses (`sample`), both with their standard errors.
 */
export type NetLossEstimate = MeanEstimate & { sample: MeanEstimate };

/** What a vendor's contract costs over a span (one year, or the whole contract). */
export interface ContractFigures {
  /** What the vendor charges: annualPrice x (1 + priceEscalation)^(year - 1), each year. */
  price: number;
  /** The insurance premium (0 without insurance). */
  premium: number;
  /** The switching cost, in year 1 only. */
  switchingCost: number;
  /** The expected gross loss (before indemnity and insurance), from the conditional estimate. */
  grossLoss: MeanEstimate;
  /** What the vendor's indemnity and the insurance paid, on average over the simulated contracts. */
  indemnity: number;
  insurance: number;
  /** The expected net loss the retailer bears. */
  netLoss: NetLossEstimate;
  /** price + premium + switchingCost + the expected net loss, and its standard error. */
  cost: MeanEstimate;
}

/** One year of one vendor's contract (`year` from 1). */
export interface ContractYear extends ContractFigures {
  year: number;
  /** 1 / (1 + discountRate)^year: the year's cash flows discounted from its end. */
  discountFactor: number;
}

/** One vendor's whole contract: the years' figures summed, and what only the whole has. */
export interface ContractTotal extends ContractFigures {
  /** The cost with each year discounted: the figure the contract's answer ranks. */
  presentValue: MeanEstimate;
  /** Quantiles of the contract's total net loss (linear between order statistics). */
  quantiles: VendorResult['quantiles'];
  /** Mean of the worst 5% of contracts' total net loss. */
  tailValueAtRisk95: number;
  /** P(the contract's total net loss > loss), on a log-spaced grid shared by the vendors. */
  exceedance: ExceedancePoint[];
}

/** A vendor's figures over the contract (`results.contract.vendors`, in the scenario's order). */
export interface ContractVendor {
  id: string;
  name: string;
  reference: boolean;
  years: ContractYear[];
  total: ContractTotal;
  /**
   * Share of trials in which this vendor's contract costs strictly less (present value)
   * than every other candidate's, each measured by `CHEAPEST_BASIS` (0 for the reference).
   */
  probabilityCheapest: number;
  /** P(the largest single breach of a year > loss), year 1, gross, on the same grid as `exceedance` of the year. */
  occurrence: ExceedancePoint[];
}

/** A paired comparison of two vendors' contracts: the difference of their present values. */
export interface ContractComparison {
  a: string;
  b: string;
  /** presentValue a - presentValue b. */
  meanDifference: number;
  /** Its paired standard error (both control variates over the same trials). */
  standardError: number;
}

/**
 * What a run reports of the contract (`results.contract`), present when the scenario
 * states any contract term. `ranking` and `verdict` rank the present value of what the
 * retailer pays over the contract, the same way the year's answer ranks the risk-adjusted cost.
 */
export interface ContractResults {
  years: number;
  costTrend: number;
  discountRate: number;
  vendors: ContractVendor[];
  comparisons: ContractComparison[];
  ranking: string[];
  verdict: Verdict;
  /** How `probabilityCheapest` measures a trial's contract cost (see `CHEAPEST_BASIS`). */
  cheapestBasis: string;
}
