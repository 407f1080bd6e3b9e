/**
 * The bounds a `breach-scenario/1` must keep, in one place: the validator enforces them,
 * the JSON Schema states those it can, and the README lists them. They keep every
 * statistic of a run finite: no amount, mean or draw can overflow a double, even squared
 * and summed over a hundred million trials.
 */

/**
 * The largest money amount accepted (a quadrillion): a price, a loss, a risk tolerance,
 * any parameter of a money distribution, and the mean of any distribution.
 */
export const MAX_AMOUNT = 1e15;

/**
 * The largest sigma (of the log) a lognormal may have, given or implied by a 90% range.
 * With a median up to `MAX_AMOUNT` its largest possible draw (at the uniform 1 - 2^-53)
 * stays below 1e51.
 */
export const MAX_LOG_SIGMA = 10;

/** Keys that no map of the format may use: they name JavaScript's object machinery. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The most trials a run may have (`simulation.trials`, `stopAt.maxTrials`, the CLI's `--trials`). */
export const MAX_TRIALS = 100_000_000;

/**
 * `stopAt.minTrials` by default. The conditional estimate of an expected loss reaches 0.1%
 * within one block, but the tail figures are order statistics of the simulated years: at
 * 100,000 trials the p99 has 1,000 years beyond it (a binomial relative error of about 3%
 * in its exceedance chance) and the tail value at risk averages 5,000 years.
 */
export const DEFAULT_MIN_TRIALS = 100_000;

/** `stopAt.maxTrials` by default. */
export const DEFAULT_MAX_TRIALS = 10_000_000;

/**
 * The most memory a run may need from its trials, vendors and breach rate (see
 * `runMemory`): 2 GiB. A run estimated above it is refused before any work.
 */
export const MAX_RUN_BYTES = 2 * 1024 ** 3;

/** How far the sensitivity analysis moves each plain-number input either way, unless `analytics.swing` says. */
export const DEFAULT_SWING = 0.25;

/** The longest contract a scenario may model (`contract.years`). */
export const MAX_CONTRACT_YEARS = 10;

/** The lowest and highest yearly rate of a trend or an escalation (-50% and +100% a year). */
export const MIN_YEARLY_RATE = -0.5;
export const MAX_YEARLY_RATE = 1;

/**
 * `contract.costTrend` by default: +2% a year, the growth of IBM's US average cost of a
 * data breach from $8.64M (2020) to $9.36M (2024), (9.36 / 8.64)^(1/4) - 1 = 2.0%.
 */
export const DEFAULT_COST_TREND = 0.02;

/** Where `DEFAULT_COST_TREND` comes from. */
export const DEFAULT_COST_TREND_SOURCE =
  "IBM Cost of a Data Breach: US average $8.64M (2020) to $9.36M (2024), 2.0% a year compounded";

/** How many points a tolerance curve (`tolerance.points`) has, at least and at most. */
export const TOLERANCE_POINTS = { min: 2, max: 5 } as const;

/**
 * The longest scenario text accepted, file or link (5 million characters, about 5 MB; the
 * default model is 30 thousand): checked before it is parsed, so that a huge file is
 * refused at once. A scenario of `MAX_VENDORS` vendors, each with every control, fits.
 */
export const MAX_SCENARIO_CHARACTERS = 5_000_000;

/** The deepest a scenario's JSON may nest objects and arrays (the format itself needs 7). */
export const MAX_NESTING = 32;

/**
 * The most vendors a scenario may compare. Beyond the memory a run may take
 * (`MAX_RUN_BYTES`, which bounds vendors x trials x breaches), this bounds the code and
 * the tables built per vendor: 1,000 vendors run 100 trials in about 1.6 s.
 */
export const MAX_VENDORS = 1_000;

/** The most controls in the catalogue (and so in any vendor's list). */
export const MAX_CONTROLS = 200;

/** The most attack vectors, cost components or loss amplifiers a scenario may name, each. */
export const MAX_FACTORS = 100;

/** The most effects one control may have. */
export const MAX_EFFECTS = 50;

/** The longest id, name, label or map key: 200 characters. */
export const MAX_NAME_LENGTH = 200;

/** The longest free text (a source, a description, a question): 10,000 characters. */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * The most problems a validation lists; beyond them it says how many more there are.
 * A scenario with thousands of mistakes (a file of another kind) is thus told in a screen.
 */
export const MAX_LISTED_ERRORS = 100;
