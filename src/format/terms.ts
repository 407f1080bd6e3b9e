/**
 * The words the page and the command line share for the run's ideas, each explained
 * once where it first appears.
 */

/** What the trials draw of what we do not know, in plain words. */
export const DRAWS = 'assumption draws';

/** DRAWS explained. */
export const DRAWS_EXPLAINED =
  'Assumption draws: each simulated year draws the uncertain assumptions (the breach incidence when it is uncertain, ' +
  "and how well each control works) afresh. A vendor's share is how often its price plus its expected breach loss " +
  'under those assumptions is the lowest of the candidates.';

/** What the ± beside an expected loss means. */
export const PRECISION_EXPLAINED =
  "± is the simulation's precision (one Monte Carlo standard error of the expected loss), not a range of outcomes: " +
  "a year's loss ranges from its 5th to its 95th percentile.";

/** What the contract's trials are, in plain words: one simulated contract each. */
export const SIMULATED_CONTRACTS = 'simulated contracts';
