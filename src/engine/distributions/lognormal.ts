import { exp } from '../math/exp.js';
import { log } from '../math/log.js';
import { normalQuantile } from '../math/normalQuantile.js';
import { constant } from './constant.js';
import { gotValue, type Distribution } from './distribution.js';

/** Phi^-1(0.95), the 95th percentile of the standard normal. */
export const Z95 = 1.6448536269514722;

/**
 * The lognormal distribution exp(mu + sigma Z), Z standard normal, given its mean:
 * mu = ln(mean) - sigma^2 / 2. With sigma = 0, the constant mean.
 *
 * Method: quantile(u) = exp(mu + sigma normalQuantile(u)) with the deterministic
 * `exp` and `normalQuantile` (AS 241); relative accuracy about 1e-15 times (1 + |ln x|).
 * Cost: one `exp` and one AS 241 evaluation a draw (a `log` too in the 15% tails).
 * Throws a RangeError naming the parameter unless mean > 0 and sigma >= 0 are finite.
 *
 * @example
 * lognormalFromMean(8e6, 1.7).mean; // 8000000
 * lognormalFromMean(1, 1).quantile(0.5); // 0.6065306597126334 (exp(-1/2), the median)
 */
export function lognormalFromMean(mean: number, sigma: number): Distribution {
  checkPositive('mean', mean);
  checkSigma(sigma);
  if (sigma === 0) return constant(mean);
  return lognormal(log(mean) - (sigma * sigma) / 2, sigma, mean);
}

/**
 * The lognormal distribution exp(mu + sigma Z), Z standard normal, given its median
 * exp(mu): mu = ln(median); mean median exp(sigma^2 / 2). With sigma = 0, the constant median.
 *
 * Method and cost as `lognormalFromMean`.
 * Throws a RangeError naming the parameter unless median > 0 and sigma >= 0 are finite.
 *
 * @example
 * lognormalFromMedian(100, 1).quantile(0.5); // 100.00000000000004 (exp(ln 100))
 * lognormalFromMedian(1, 1).mean; // 1.6487212707001282 (exp(1/2))
 */
export function lognormalFromMedian(median: number, sigma: number): Distribution {
  checkPositive('median', median);
  checkSigma(sigma);
  if (sigma === 0) return constant(median);
  return lognormal(log(median), sigma, median * exp((sigma * sigma) / 2));
}

/**
 * The lognormal distribution whose 5th and 95th percentiles are low and high:
 * mu = (ln low + ln high) / 2, sigma = (ln high - ln low) / (2 * 1.6448536269514722);
 * mean exp(mu + sigma^2 / 2). With low == high, the constant low.
 *
 * Method and cost as `lognormalFromMean`.
 * Throws a RangeError naming the parameter unless 0 < low <= high are finite.
 *
 * @example
 * lognormalFromRange(1, 100).quantile(0.5); // 10.000000000000002 (the geometric mid-point)
 * lognormalFromRange(2e5, 2e7).quantile(0.95); // 19999999.999999978 (high)
 */
export function lognormalFromRange(low: number, high: number): Distribution {
  checkPositive('low', low);
  checkPositive('high', high);
  if (!(low <= high)) throw new RangeError(`lognormal: high must be >= low; got low ${low}, high ${high}`);
  if (low === high) return constant(low);
  const lnLow = log(low);
  const lnHigh = log(high);
  const mu = (lnLow + lnHigh) / 2;
  const sigma = (lnHigh - lnLow) / (2 * Z95);
  return lognormal(mu, sigma, exp(mu + (sigma * sigma) / 2));
}

/** A lognormal: a Distribution that also tells its log's mean and standard deviation. */
export interface Lognormal extends Distribution {
  readonly kind: 'lognormal';
  readonly mu: number;
  readonly sigma: number;
}

function lognormal(mu: number, sigma: number, mean: number): Lognormal {
  return {
    kind: 'lognormal',
    mu,
    sigma,
    mean,
    min: 0,
    max: Infinity,
    quantile: (u) => exp(mu + sigma * normalQuantile(u)),
    quantiles: (column, count) => {
      for (let i = 0; i < count; i++) column[i] = exp(mu + sigma * normalQuantile(column[i]));
    },
  };
}

function checkPositive(name: string, value: number): void {
  if (typeof value !== 'number' || !(value > 0 && value < Infinity)) {
    throw new RangeError(`lognormal: ${name} must be a finite number > 0; ${gotValue(value)}`);
  }
}

function checkSigma(sigma: number): void {
  if (typeof sigma !== 'number' || !(sigma >= 0 && sigma < Infinity)) {
    throw new RangeError(`lognormal: sigma must be a finite number >= 0; ${gotValue(sigma)}`);
  }
}
