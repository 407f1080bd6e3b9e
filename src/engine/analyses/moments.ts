/**
 * Means and sums of squared deviations of several series over the same trials (one per
 * vendor, or per pair): the partial of every mean and standard error a run reports.
 */
export interface Moments {
  /** Values in each series. */
  count: number;
  mean: Float64Array;
  squares: Float64Array;
}

/** `series` series of no values. */
export function noMoments(series: number): Moments {
  return { count: 0, mean: new Float64Array(series), squares: new Float64Array(series) };
}

/**
 * Sets series `i` of `into` to the moments of `count` values given by the sum of
 * (x - shift) and of (x - shift)^2, the shift being the first value (so that constant
 * values give exactly their value and exactly 0 squares):
 * `mean = shift + s1 / m`, `squares = max(0, s2 - s1^2 / m)`.
 *
 * @example
 * const m = noMoments(1);
 * m.count = 3;
 * setShifted(m, 0, 1, 3, 2); // values 1, 2, 3: shift 1, s1 = 3, s2 = 5
 * [m.mean[0], m.squares[0]]; // [2, 2]
 */
export function setShifted(into: Moments, i: number, shift: number, sum: number, sumSquares: number): void {
  const m = into.count;
  if (m === 0) return;
  into.mean[i] = shift + sum / m;
  into.squares[i] = Math.max(0, sumSquares - (sum * sum) / m);
}

/**
 * The moments of `values[0..count)` as one series, from sums of deviations from the first.
 *
 * @example
 * const m = noMoments(1);
 * m.count = 3;
 * shiftedInto(m, 0, Float64Array.of(5, 5, 5)); // m.mean[0] = 5, m.squares[0] = 0
 */
export function shiftedInto(into: Moments, i: number, values: ArrayLike<number>): void {
  const count = into.count;
  if (count === 0) return;
  const shift = values[0];
  let sum = 0;
  let sumSquares = 0;
  for (let t = 0; t < count; t++) {
    const d = values[t] - shift;
    sum += d;
    sumSquares += d * d;
  }
  setShifted(into, i, shift, sum, sumSquares);
}

/**
 * The moments of two consecutive runs of values, `left` first, by Chan, Golub and
 * LeVeque's pairwise update, series by series (the squares are never negative). Folded
 * left in block order it gives the same bits for any arrival order of the blocks.
 *
 * @example
 * const left = { count: 2, mean: Float64Array.of(1), squares: Float64Array.of(0) };
 * const right = { count: 2, mean: Float64Array.of(3), squares: Float64Array.of(0) };
 * mergeMoments(left, right); // { count: 4, mean: [2], squares: [4] }
 */
export function mergeMoments(left: Moments, right: Moments): Moments {
  if (right.count === 0) return left;
  if (left.count === 0) return right;
  const n = left.mean.length;
  const count = left.count + right.count;
  const mean = new Float64Array(n);
  const squares = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const delta = right.mean[i] - left.mean[i];
    mean[i] = left.mean[i] + (delta * right.count) / count;
    squares[i] = left.squares[i] + (right.squares[i] + (delta * delta * left.count * right.count) / count);
  }
  return { count, mean, squares };
}

/** sqrt(squares / (n - 1) / n) of series `i`: the standard error of its mean, 0 for a single value. */
export function standardErrorOf(moments: Moments, i: number): number {
  const n = moments.count;
  return n > 1 ? Math.sqrt(moments.squares[i] / (n - 1) / n) : 0;
}
