/**
 * The first index of ascending `sorted` whose value is strictly greater than `x`
 * (`sorted.length` if none): `sorted.length - upperBound(sorted, x)` values exceed x.
 * Binary search, O(log n).
 *
 * @example
 * upperBound(Float64Array.of(1, 2, 2, 3), 2); // 3
 */
export function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
