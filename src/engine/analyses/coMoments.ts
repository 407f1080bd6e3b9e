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
  series.forEach((x, s) => {
    let sum = 0;
    for (let t = 0; t < count; t++) sum += x[t];
    mean[s] = sum / count;
  });
  // Four products a pass: one loop reads the (cached) series of all four.
  let p = 0;
  for (; p + 4 <= cross.length; p += 4) {
    const [a0, b0, a1, b1, a2, b2, a3, b3] = products.subarray(2 * p, 2 * p + 8);
    const [x0, y0, x1, y1, x2, y2, x3, y3] = [series[a0], series[b0], series[a1], series[b1], series[a2], series[b2], series[a3], series[b3]];
    const [mx0, my0, mx1, my1, mx2, my2, mx3, my3] = [mean[a0], mean[b0], mean[a1], mean[b1], mean[a2], mean[b2], mean[a3], mean[b3]];
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let t = 0; t < count; t++) {
      s0 += (x0[t] - mx0) * (y0[t] - my0);
      s1 += (x1[t] - mx1) * (y1[t] - my1);
      s2 += (x2[t] - mx2) * (y2[t] - my2);
      s3 += (x3[t] - mx3) * (y3[t] - my3);
    }
    cross[p] = s0;
    cross[p + 1] = s1;
    cross[p + 2] = s2;
    cross[p + 3] = s3;
  }
  for (; p < cross.length; p++) {
    const i = products[2 * p];
    const k = products[2 * p + 1];
    const x = series[i];
    const y = series[k];
    const mx = mean[i];
    const my = mean[k];
    let sum = 0;
    for (let t = 0; t < count; t++) sum += (x[t] - mx) * (y[t] - my);
    cross[p] = sum;
  }
  return { count, mean, cross };
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
