/** True where typed arrays store the low 32-bit word of a double first (every common platform). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LOW = LITTLE_ENDIAN ? 0 : 1;
const HIGH = 1 - LOW;
const DIGITS = 65536;

/**
 * Sorts positive finite doubles ascending, in place, by a least-significant-digit radix
 * sort on their bits (for positive doubles the order of the bit patterns, read as
 * unsigned integers, is the order of the numbers): four passes of 16 bits, each a
 * count and a stable scatter, skipping a pass whose digit is the same for every value.
 * O(n) time and n doubles of extra memory; several times faster than
 * `Float64Array.prototype.sort` on the annual losses of a million-trial run.
 * The values must be > 0 and finite (zeros, negatives and NaN are not sorted right).
 *
 * @example
 * sortPositive(Float64Array.of(3, 1e9, 0.5, 2)); // Float64Array [0.5, 2, 3, 1e9]
 */
export function sortPositive(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 2) return values;
  let source: Float64Array = values;
  let target: Float64Array = new Float64Array(n);
  const counts = new Int32Array(DIGITS);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? LOW : HIGH;
    const shift = (pass & 1) * 16;
    const bits = new Uint32Array(source.buffer, source.byteOffset, 2 * n);
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(bits[2 * i + word] >>> shift) & 0xffff]++;
    if (counts[(bits[word] >>> shift) & 0xffff] === n) continue;
    let position = 0;
    for (let d = 0; d < DIGITS; d++) {
      const count = counts[d];
      counts[d] = position;
      position += count;
    }
    for (let i = 0; i < n; i++) target[counts[(bits[2 * i + word] >>> shift) & 0xffff]++] = source[i];
    const done = target;
    target = source;
    source = done;
  }
  if (source !== values) values.set(source);
  return values;
}
