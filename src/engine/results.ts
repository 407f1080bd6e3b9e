/** One point of an exceedance curve: the probability that a year's loss exceeds `loss`. */
export interface ExceedancePoint {
  loss: number;
  probability: number;
}

/** The annual-loss statistics of one vendor (`breach-results/1`). */
export interface VendorResult {
  id: string;
  name: string;
  annualPrice: number;
  /** Sample mean of the annual losses and its Monte Carlo standard error (n - 1 deviation). */
  expectedLoss: { mean: number; standardError: number };
  /** Share of years with at least one surviving breach. */
  probabilityOfBreach: number;
  /** Mean number of surviving breaches a year. */
  expectedBreaches: number;
  /** Annual-loss quantiles by linear interpolation between order statistics. */
  quantiles: { p5: number; p50: number; p75: number; p90: number; p95: number; p99: number };
  /** Mean of the worst 5% of years (the ceil(n/20) largest annual losses). */
  tailValueAtRisk95: number;
  /** annualPrice + expectedLoss.mean. */
  riskAdjustedCost: number;
  /**
   * Share of trials in which this vendor's price plus its expected loss given that
   * trial's parameter draws is strictly lower than every other vendor's.
   */
  probabilityCheapest: number;
  /** P(annual loss > loss) on the run's shared log-spaced grid. */
  exceedance: ExceedancePoint[];
}

/** A paired comparison of vendors a and b (a before b in the scenario). */
export interface Comparison {
  a: string;
  b: string;
  /** Mean of (loss a - loss b) over the paired trials. */
  meanDifference: number;
  /** Its standard error, from the paired differences' n - 1 deviation. */
  standardError: number;
  /** Share of trials in which a's annual loss is strictly lower than b's. */
  probabilityALower: number;
  /** Share of trials in which a's price plus conditional expected loss is strictly lower than b's. */
  probabilityACheaper: number;
}

/** The output of a run: `format: "breach-results/1"`. */
export interface Results {
  format: 'breach-results/1';
  scenario: string;
  currency: string;
  trials: number;
  seed: string;
  engineVersion: string;
  vendors: VendorResult[];
  comparisons: Comparison[];
}
