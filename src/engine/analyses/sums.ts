/**
 * `left[i] + right[i]` for every i, written into `left` (a fold owns its left partial),
 * which is returned.
 *
 * @example
 * addInto(Float64Array.of(1, 2), Float64Array.of(3, 4)); // [4, 6]
 */
export function addInto(left: Float64Array, right: Float64Array): Float64Array {
  for (let i = 0; i < left.length; i++) left[i] += right[i];
  return left;
}
