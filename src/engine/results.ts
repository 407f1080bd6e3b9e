import type { ExtraOutputs } from './analyses/registry.js';
import type { PairCoverage } from './analyses/comparedPairs.js';

/** One point of an exceedance curve: the probability that a year's loss exceeds `loss`. */
export interface ExceedancePoint {
  loss: number;
  probability: number;
}

/** A Monte Carlo estimate of a mean and its standard error. */
export interface MeanEstimate {
  mean: number;
  standardError: number;
}

/** The annual-loss statistics of one vendor (`breach-results/2`). */
export interface VendorResult {
  id: string;
  name: string;
  annualPrice: number;
  /** True for the vendor marked `"reference": true`: shown for scale, never ranked. */
  reference: boolean;
  /**
   * The expected annual loss: the mean over trials of the vendor's expected loss given the
   * trial's parameter draws (conditional Monte Carlo), and its standard error. `sample`
   * is the plain mean of the simulated annual losses and its standard error.
   */
  expectedLoss: MeanEstimate & { sample: MeanEstimate };
  /** Share of years with at least one surviving breach. */
  probabilityOfBreach: number;
  /** Mean number of surviving breaches a year. */
  expectedBreaches: number;
  /** Annual-loss quantiles by linear interpolation between order statistics. */
  quantiles: { p5: number; p50: number; p75: number; p90: number; p95: number; p99: number };
  /** Mean of the worst 5% of years (the ceil(n/20) largest annual losses). */
  tailValueAtRisk95: number;
  /** The decision cost: annualPrice + expectedLoss.mean. */
  riskAdjustedCost: number;
  /**
   * Share of trials in which this vendor's price plus its expected loss given that
   * trial's parameter draws is strictly lower than every other candidate's (0 for the
   * reference vendor).
   */
  probabilityCheapest: number;
  /** P(annual loss > loss) on the run's shared log-spaced grid. */
  exceedance: ExceedancePoint[];
}

/** A paired comparison of vendors a and b (a before b in the scenario). */
export interface Comparison {
  a: string;
  b: string;
  /** Mean over trials of (expected loss a - expected loss b) given each trial's parameter draws. */
  meanDifference: number;
  /** Its standard error, from the paired differences' n - 1 deviation. */
  standardError: number;
  /** Share of trials in which a's annual loss is strictly lower than b's. */
  probabilityALower: number;
  /** Share of trials in which a's price plus conditional expected loss is strictly lower than b's. */
  probabilityACheaper: number;
  /** The same difference of the simulated annual losses, and its paired standard error. */
  sample: { meanDifference: number; standardError: number };
}

/**
 * The answer a run gives, decided by the engine and only worded by the page and the CLI:
 * - `clear`: `best` has the lowest risk-adjusted cost, ahead of `runnerUp` by more than
 *   2 standard errors of their paired difference;
 * - `unresolved`: the top two are within 2 standard errors: more trials are needed;
 * - `tie`: the top two have the same price and the same expected loss in every trial;
 * - `single`: one candidate, nothing to compare; `none`: no candidate at all.
 */
export interface Verdict {
  kind: 'clear' | 'unresolved' | 'tie' | 'single' | 'none';
  /** The candidate with the lowest risk-adjusted cost. */
  best?: string;
  /** The second lowest. */
  runnerUp?: string;
  /** runnerUp's risk-adjusted cost minus best's, and its paired Monte Carlo standard error. */
  lead?: MeanEstimate;
  /** The candidate cheapest in the most parameter draws, when that is not `best`. */
  mostOftenCheapest?: string;
  /**
   * True when the two were not compared pair by pair (beyond 20 vendors, see `comparedPairs`):
   * `lead.standardError` is then an upper bound, the sum of their standard errors.
   */
  leadUnpaired?: true;
}

/**
 * A reason to read some figures with care, next to them:
 * - `heavy-tail`: a distribution's mean comes largely from draws rarer than the run
 *   simulates, so the simulated years (quantiles, tail, exceedance, breach chance and
 *   the sample mean) cannot show that tail; at `path`, for every vendor;
 * - `sample-disagrees`: a vendor's sample mean and conditional mean differ by more than
 *   4 combined standard errors, which the same cause (or too few trials) explains.
 */
export interface ResultWarning {
  code: 'heavy-tail' | 'sample-disagrees';
  message: string;
  /** The scenario field concerned, for `heavy-tail`. */
  path?: string;
  /** The vendor concerned; absent when the warning holds for every vendor. */
  vendor?: string;
  /** The result fields to read with care (`quantiles`, `tailValueAtRisk95`, ...). */
  figures: string[];
}

/** How a run with `simulation.stopAt` ended: its rule, with defaults filled in, and why it stopped. */
export interface RunStop {
  relativeStandardError: number;
  minTrials: number;
  maxTrials: number;
  /** `precision`: every candidate reached the target; `maxTrials`: the run hit its most trials first. */
  reason: 'precision' | 'maxTrials';
}

/**
 * The output of a run: `format: "breach-results/2"`. Beside the figures every run has,
 * each further analysis the run did adds its output under its name (`convergence`).
 */
export interface Results extends ExtraOutputs {
  format: 'breach-results/2';
  scenario: string;
  currency: string;
  trials: number;
  seed: string;
  engineVersion: string;
  vendors: VendorResult[];
  comparisons: Comparison[];
  /**
   * Which pairs `comparisons` holds: `all` (every pair, up to 20 vendors), or `selected`
   * (beyond 20: the pairs asked for and every pair among the 20 candidates cheapest at the inputs' means).
   */
  comparedPairs: PairCoverage;
  /** Candidate ids (every vendor but the reference), by risk-adjusted cost, lowest first. */
  ranking: string[];
  verdict: Verdict;
  warnings: ResultWarning[];
  /** With `simulation.stopAt`: the rule and why the run stopped (`trials` says where). */
  stop?: RunStop;
}
