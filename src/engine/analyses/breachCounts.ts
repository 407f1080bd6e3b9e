import type { Analysis } from './analysis.js';
import { addInto } from './sums.js';

/** Breach tallies over a run's blocks. */
export interface BreachCountsPartial {
  trials: number;
  /** Per vendor: years with at least one surviving breach. */
  breachYears: Float64Array;
  /** Per vendor: surviving breaches. */
  breaches: Float64Array;
  /** Breaches drawn with no controls. */
  baselineBreaches: number;
}

/** Per vendor, the share of years with a surviving breach and the breaches a year. */
export interface BreachCounts {
  probabilityOfBreach: number[];
  expectedBreaches: number[];
  /** Breaches drawn with no controls over the whole run (the draws of the loss per breach). */
  baselineBreaches: number;
}

/**
 * How often each vendor is breached: the share of years with at least one surviving
 * breach, and the mean number of surviving breaches a year.
 *
 * @example
 * breachCounts.finish(partial, context).probabilityOfBreach; // [0.41, 0.18, ...]
 */
export const breachCounts: Analysis<BreachCountsPartial, BreachCounts> = {
  name: 'breaches',
  accumulate: (columns) => ({
    trials: columns.trials,
    breachYears: columns.breachYears.slice(),
    breaches: columns.breaches.slice(),
    baselineBreaches: columns.baselineBreaches,
  }),
  merge: (left, right) => ({
    trials: left.trials + right.trials,
    breachYears: addInto(left.breachYears, right.breachYears),
    breaches: addInto(left.breaches, right.breaches),
    baselineBreaches: left.baselineBreaches + right.baselineBreaches,
  }),
  finish: (p) => ({
    probabilityOfBreach: Array.from(p.breachYears, (x) => x / p.trials),
    expectedBreaches: Array.from(p.breaches, (x) => x / p.trials),
    baselineBreaches: p.baselineBreaches,
  }),
};
