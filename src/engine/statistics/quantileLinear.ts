/**
 * The p-quantile of a sample of `n` values by linear interpolation between order
 * statistics (R's type 7, numpy's default "linear"): with `h = (n - 1) p`, the value
 * `x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])`, where `x[i]` is
 * `orderStatistic(i)`, the i-th smallest (0-based). Asks for at most two order
 * statistics; `quantileRanks` says which, so they can be found without a full sort.
 * Throws a RangeError for p outside [0, 1] or an empty sample.
 *
 * @example
 * const sorted = [0, 0, 10, 20];
 * quantileLinear(4, 0.5, (i) => sorted[i]); // 5
 * quantileLinear(4, 0.75, (i) => sorted[i]); // 12.5
 */
export function quantileLinear(n: number, p: number, orderStatistic: (i: number) => number): number {
  const [lo, hi] = quantileRanks(n, p);
  const h = (n - 1) * p;
  const fraction = h - lo;
  const below = orderStatistic(lo);
  if (fraction === 0 || hi === lo) return below;
  return below + fraction * (orderStatistic(hi) - below);
}

/**
 * The 0-based ranks of the order statistics `quantileLinear(n, p, ...)` reads.
 *
 * @example
 * quantileRanks(1_000_000, 0.95); // [949999, 950000]
 */
export function quantileRanks(n: number, p: number): [number, number] {
  if (!(n > 0)) throw new RangeError('quantileLinear: empty sample');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileLinear: p must lie in [0, 1]; got ${p}`);
  const lo = Math.floor((n - 1) * p);
  return [lo, Math.min(lo + 1, n - 1)];
}
