/**
 * A copy of `values` with element `i` set to `x`.
 *
 * @example
 * replaced([0.5, 1], 0, 1); // Float64Array [1, 1]
 */
export function replaced(values: ArrayLike<number>, i: number, x: number): Float64Array {
  const copy = Float64Array.from(values);
  copy[i] = x;
  return copy;
}
