/**
 * Means and sums of cross-products of deviations of several series over the same trials:
 * the partial of an estimate that uses a control variate, or of the difference of two such
 * estimates. `products` lists the series pairs `(i, k)` whose cross-products are kept, two
 * numbers each, so `cross[p]` is `sum_t (x_i - mean_i)(x_k - mean_k)` for pair p.
 */
export interface CoMoments {
  count: number;
  mean: Float64Array;
  cross: Float64Array;
}

/**
 * The co-moments of `series[s][0..count)` in two passes (means, then centred products), so
 * that constant series give exactly 0 and large means lose no precision.
 *
 * @example
 * const m = coMomentsOf([Float64Array.of(1, 2, 3), Float64Array.of(2, 4, 6)], Int32Array.of(0, 0, 0, 1, 1, 1), 3);
 * [...m.mean]; // [2, 4]
 * [...m.cross]; // [2, 4, 8]: the squares of the first, the cross-products, the squares of the second
 */
export function coMomentsOf(series: readonly Float64Array[], products: Int32Array, count: number): CoMoments {
  const mean = new Float64Array(series.length);
  const cross = new Float64Array(products.length / 2);
  if (count === 0) return { count, mean, cross };
  for (let s = 0; s < series.length; s++) mean[s] = sumOf(series[s], count) / count;
  for (let p = 0; p < cross.length; p++) {
    const i = products[2 * p];
    const k = products[2 * p + 1];
    cross[p] = crossSum(series[i], mean[i], series[k], mean[k], count);
  }
  return { count, mean, cross };
}

/**
 * `sum_t x[t]`, four chains of additions side by side (t mod 4), then `(a + b) + (c + d)`:
 * a single chain waits on each addition's latency. A fixed order, so the same bits everywhere.
 */
function sumOf(x: Float64Array, count: number): number {
  let a = 0, b = 0, c = 0, d = 0;
  let t = 0;
  for (; t + 4 <= count; t += 4) {
    a += x[t];
    b += x[t + 1];
    c += x[t + 2];
    d += x[t + 3];
  }
  for (; t < count; t++) a += x[t];
  return (a + b) + (c + d);
}

/** `sum_t (x[t] - mx)(y[t] - my)`, in four chains as `sumOf`. */
function crossSum(x: Float64Array, mx: number, y: Float64Array, my: number, count: number): number {
  let a = 0, b = 0, c = 0, d = 0;
  let t = 0;
  for (; t + 4 <= count; t += 4) {
    a += (x[t] - mx) * (y[t] - my);
    b += (x[t + 1] - mx) * (y[t + 1] - my);
    c += (x[t + 2] - mx) * (y[t + 2] - my);
    d += (x[t + 3] - mx) * (y[t + 3] - my);
  }
  for (; t < count; t++) a += (x[t] - mx) * (y[t] - my);
  return (a + b) + (c + d);
}

/**
 * The co-moments of two consecutive runs of trials, `left` first, by Chan, Golub and
 * LeVeque's pairwise update: `cross = cross_L + cross_R + d_i d_k n_L n_R / n` with `d`
 * the difference of the means. Folded left in block order, the same bits for any number
 * of workers.
 *
 * @example
 * mergeCoMoments({ count: 1, mean: Float64Array.of(1), cross: Float64Array.of(0) },
 *   { count: 1, mean: Float64Array.of(3), cross: Float64Array.of(0) }, Int32Array.of(0, 0));
 * // { count: 2, mean: [2], cross: [2] }
 */
export function mergeCoMoments(left: CoMoments, right: CoMoments, products: Int32Array): CoMoments {
  if (right.count === 0) return left;
  if (left.count === 0) return right;
  const count = left.count + right.count;
  const weight = (left.count * right.count) / count;
  const delta = Float64Array.from(left.mean, (m, s) => right.mean[s] - m);
  const mean = Float64Array.from(left.mean, (m, s) => m + (delta[s] * right.count) / count);
  const cross = Float64Array.from(left.cross, (c, p) => c + (right.cross[p] + delta[products[2 * p]] * delta[products[2 * p + 1]] * weight));
  return { count, mean, cross };
}
