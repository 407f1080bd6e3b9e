import { exp } from '../math/exp.js';
import { log } from '../math/log.js';
import { logGammaCorrection } from '../math/logGammaCorrection.js';
import type { Distribution } from './distribution.js';

/** Largest accepted mean. */
const MAX_MEAN = 1e7;

/** The factory tabulates at most this many cumulative probabilities (32 KiB). */
const MAX_TABLE = 4096;

/** 0.5 ln(2 pi). */
const HALF_LN_2PI = 0.9189385332046728;

/** With k0 > 0, p(k) is recomputed from its closed form whenever k - k0 is a multiple of 512. */
const ANCHOR_MASK = 511;

/**
 * The Poisson distribution with the given mean, sampled by exact inversion: quantile(u) is
 * the smallest k with CDF(k) >= u. Identical, bit for bit, to `poissonQuantile(u, mean)`.
 *
 * Method: the CDF is summed upward with p(k + 1) = p(k) mean / (k + 1), from k0 = 0 with
 * p(0) = exp(-mean) (means below about 150), or else from k0 = floor(mean - 9.5 sqrt(mean)),
 * below which lies less than 1e-19 of the probability, with p(k0) from Loader's
 * saddle-point form exp(-stirlerr(k) - bd0(k, mean)) / sqrt(2 pi k) (no underflow at any
 * accepted mean); in that case the sum is compensated (Neumaier) and p is recomputed
 * from the saddle-point form every 512 steps, so that the computed CDF's relative error
 * stays below about 1e-14 at every accepted mean (the inversion is exact for that CDF).
 * The factory stores these sums (up to 4096 of them: means up to about 5e4) and a guide
 * table, so a draw is a lookup and a short scan; beyond the table it continues the sums.
 *
 * Cost: building O(sqrt(mean)); a draw O(1) within the table, else O(sqrt(mean)) steps.
 * Throws a RangeError (`poisson: mean ...`) unless 0 <= mean <= 1e7.
 *
 * @example
 * poisson(0.5).quantile(0.5); // 0 (CDF(0) = exp(-0.5) = 0.6065...)
 * poisson(0.5).quantile(0.95); // 2
 */
export function poisson(mean: number): Distribution {
  checkMean(mean);
  const k0 = startOf(mean);
  const p0 = startProbability(k0, mean);
  /* cumulative[i] = CDF(k0 + i), computed exactly as poissonQuantile computes it */
  const sums: number[] = [p0];
  let k = k0;
  let p = p0;
  let sum = p0;
  let comp = 0;
  let cdf = p0;
  let saturated = false;
  while (sums.length < MAX_TABLE) {
    k++;
    let next: number;
    if (k0 === 0) {
      p = (p * mean) / k;
      next = cdf + p;
    } else {
      p = ((k - k0) & ANCHOR_MASK) === 0 ? startProbability(k, mean) : (p * mean) / k;
      const t = sum + p;
      comp += sum >= p ? sum - t + p : p - t + sum;
      sum = t;
      next = sum + comp;
    }
    if (next === cdf) {
      saturated = true;
      break;
    }
    cdf = next;
    sums.push(cdf);
  }
  const cumulative = Float64Array.from(sums);
  const n = cumulative.length;
  /* guide[g] = the smallest i with cumulative[i] >= g / n (n if none) */
  const guide = new Int32Array(n + 1);
  let i = 0;
  for (let g = 0; g <= n; g++) {
    while (i < n && cumulative[i] < g / n) i++;
    guide[g] = i;
  }
  const last = cumulative[n - 1];
  /* when not saturated, the state after the last stored sum */
  const endK = k;
  const endP = p;
  const endSum = sum;
  const endComp = comp;
  return {
    kind: 'poisson',
    mean,
    min: 0,
    max: mean > 0 ? Infinity : 0,
    quantile(u: number): number {
      if (u <= last) {
        let j = guide[(u * n) | 0];
        while (cumulative[j] < u) j++;
        return k0 + j;
      }
      if (saturated) return k0 + n;
      return k0 === 0
        ? continuePlain(u, mean, endK, endP, last)
        : continueCompensated(u, mean, k0, endK, endP, endSum, endComp);
    },
    quantiles(column: Float64Array, count: number): void {
      for (let i = 0; i < count; i++) column[i] = this.quantile(column[i]);
    },
  };
}

/**
 * The Poisson quantile for a mean that may change every call: the smallest k with
 * CDF(k) >= u, for u in (0, 1) and 0 <= mean <= 1e7. Identical, bit for bit, to
 * `poisson(mean).quantile(u)`.
 *
 * Method: as `poisson`, without a table: for means below 10 (and up to about 150) one
 * `exp` for p(0) = exp(-mean), then the recurrence p(k + 1) = p(k) mean / (k + 1),
 * summing until the CDF reaches u; for larger means the compensated sums start at
 * floor(mean - 9.5 sqrt(mean)) from the saddle-point p (one `exp`, a few `log`s).
 * Cost: k + 1 steps of a multiply, a divide and an add for small means (mean + 1 on
 * average, about 15 M calls/s at means near 4); about 9.5 sqrt(mean) + (k - mean) steps
 * for large ones (about 0.1 ms at a mean of 1e6).
 * Throws a RangeError (`poisson: mean ...`) unless 0 <= mean <= 1e7.
 *
 * @example
 * poissonQuantile(0.5, 0.5); // 0
 * poissonQuantile(0.5, 1000); // 1000
 */
export function poissonQuantile(u: number, mean: number): number {
  checkMean(mean);
  const k0 = startOf(mean);
  const p0 = startProbability(k0, mean);
  return k0 === 0 ? continuePlain(u, mean, 0, p0, p0) : continueCompensated(u, mean, k0, k0, p0, p0, 0);
}

/** Continues the plain upward sums from CDF(k) = cdf and p(k) = p until CDF(k) >= u. */
function continuePlain(u: number, mean: number, k: number, p: number, cdf: number): number {
  while (cdf < u) {
    k++;
    p = (p * mean) / k;
    const next = cdf + p;
    if (next === cdf) break;
    cdf = next;
  }
  return k;
}

/**
 * Continues the compensated upward sums (sum + comp = CDF(k)) from k, with p = p(k),
 * re-anchoring p every 512 steps from k0, until CDF(k) >= u.
 */
function continueCompensated(u: number, mean: number, k0: number, k: number, p: number, sum: number, comp: number): number {
  let cdf = sum + comp;
  while (cdf < u) {
    k++;
    p = ((k - k0) & ANCHOR_MASK) === 0 ? startProbability(k, mean) : (p * mean) / k;
    const t = sum + p;
    comp += sum >= p ? sum - t + p : p - t + sum;
    sum = t;
    const next = sum + comp;
    if (next === cdf) break;
    cdf = next;
  }
  return k;
}

function checkMean(mean: number): void {
  if (typeof mean !== 'number' || !(mean >= 0 && mean <= MAX_MEAN)) {
    throw new RangeError(`poisson: mean must be a number in [0, 1e7]; got ${String(mean)}`);
  }
}

/** Where the upward sums start: 0, or floor(mean - 9.5 sqrt(mean)) when that is 16 or more. */
function startOf(mean: number): number {
  const k0 = Math.floor(mean - 9.5 * Math.sqrt(mean));
  return k0 >= 16 ? k0 : 0;
}

/**
 * p(k) = mean^k e^-mean / k!: exp(-mean) for k = 0, else Loader's saddle-point form
 * exp(-stirlerr(k) - bd0(k, mean)) / sqrt(2 pi k), stirlerr(k) = logGammaCorrection(k)
 * = ln k! - ((k + 1/2) ln k - k + ln(2 pi)/2).
 */
function startProbability(k: number, mean: number): number {
  if (k === 0) return exp(-mean);
  return exp(-logGammaCorrection(k) - deviance(k, mean) - HALF_LN_2PI - 0.5 * log(k));
}

/**
 * bd0(x, m) = x ln(x / m) + m - x, without cancellation: for |x - m| < (x + m) / 2 the
 * series (x - m) v + 2x (v^3/3 + v^5/5 + ...) with v = (x - m) / (x + m) (Loader 2000).
 */
function deviance(x: number, m: number): number {
  const d = x - m;
  if (d < 0.5 * (x + m) && -d < 0.5 * (x + m)) {
    const v = d / (x + m);
    const v2 = v * v;
    let s = d * v;
    let term = 2 * x * v;
    for (let j = 3; j < 400; j += 2) {
      term *= v2;
      const next = s + term / j;
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * log(x / m) + m - x;
}
