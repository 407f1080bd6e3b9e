import type { Distribution } from '../../../src/engine/distributions/index.js';
import { uniformStream } from '../../../src/engine/random.js';

/** The mean and the standard deviation of n draws quantile(u()) from the seeded stream `key`. */
export function sampleMoments(
  d: Distribution,
  key: string,
  n: number,
  transform: (x: number) => number = (x) => x,
): { mean: number; sd: number } {
  const u = uniformStream(key);
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < n; i++) {
    const x = transform(d.quantile(u()));
    sum += x;
    sumSquares += x * x;
  }
  const mean = sum / n;
  return { mean, sd: Math.sqrt(Math.max(0, sumSquares / n - mean * mean) * (n / (n - 1))) };
}

/**
 * The CDF of the sampled distribution at x, P(quantile(U) <= x) = sup { u : quantile(u) <= x }
 * for a non-decreasing quantile, by bisection on u (to 2^-60).
 */
export function sampledCdf(d: Distribution, x: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (d.quantile(mid) <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** max |sampledCdf(x) - cdf(x)| over the points. */
export function kolmogorovOnGrid(d: Distribution, points: Iterable<[number, number]>): { distance: number; at: number } {
  let distance = 0;
  let at = NaN;
  for (const [x, f] of points) {
    const e = Math.abs(sampledCdf(d, x) - f);
    if (e > distance) {
      distance = e;
      at = x;
    }
  }
  return { distance, at };
}

/** The integral of d.quantile over (0, 1) by the midpoint rule on n cells: the mean of the sampled distribution. */
export function quantileIntegral(d: Distribution, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += d.quantile((i + 0.5) / n);
  return sum / n;
}

/** x values spread over [lo, hi] (n + 1 evenly spaced) with a closed-form CDF, as [x, F(x)] pairs. */
export function* closedFormGrid(cdf: (x: number) => number, lo: number, hi: number, n: number): Generator<[number, number]> {
  for (let i = 0; i <= n; i++) {
    const x = lo + ((hi - lo) * i) / n;
    yield [x, cdf(x)];
  }
}
