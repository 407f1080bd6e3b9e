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
