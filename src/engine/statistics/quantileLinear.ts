/**
 * The p-quantile of `zeros` zeros followed by the ascending `sorted` values, by linear
 * interpolation between order statistics (R's type 7, numpy's default "linear"):
 * with `h = (n - 1) p`, the value `x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])`.
 * The zeros are never materialised: most simulated years lose nothing.
 * Cost O(1). Throws a RangeError for p outside [0, 1] or an empty sample.
 *
 * @example
 * quantileLinear(Float64Array.of(10, 20), 2, 0.5); // sample 0, 0, 10, 20: 5
 * quantileLinear(Float64Array.of(1, 2, 3, 4), 0, 0.75); // 3.25
 */
export function quantileLinear(sorted: Float64Array, zeros: number, p: number): number {
  const n = zeros + sorted.length;
  if (n === 0) throw new RangeError('quantileLinear: empty sample');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileLinear: p must lie in [0, 1]; got ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const fraction = h - lo;
  const below = lo < zeros ? 0 : sorted[lo - zeros];
  if (fraction === 0 || lo + 1 >= n) return below;
  const above = lo + 1 < zeros ? 0 : sorted[lo + 1 - zeros];
  return below + fraction * (above - below);
}
