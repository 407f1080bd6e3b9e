/**
 * Shared scratch views onto one 8-byte buffer, for reading and writing the two
 * 32-bit halves of an IEEE-754 double (fdlibm's `__HI` / `__LO`), and a table of
 * powers of two. Internal to `src/engine/math`: every user writes `F64[0]` and
 * reads it back within one call, so the shared buffer carries no state between calls.
 */
export const F64 = new Float64Array(1);
/** The same 8 bytes as two unsigned 32-bit words. */
export const U32 = new Uint32Array(F64.buffer);

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Index in `U32` of the word holding the sign, exponent and top 20 mantissa bits. */
export const HI = LITTLE_ENDIAN ? 1 : 0;
/** Index in `U32` of the low 32 mantissa bits. */
export const LO = LITTLE_ENDIAN ? 0 : 1;

/**
 * The double whose high and low 32-bit words are `hi` and `lo` (written through the
 * shared scratch buffer). Cost: two stores and a load. Never throws.
 *
 * @example
 * fromWords(0x3ff00000, 0); // 1
 */
export function fromWords(hi: number, lo: number): number {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0];
}

/** Offset of 2^0 in `POW2`. */
export const POW2_BIAS = 1074;

/**
 * POW2[e + POW2_BIAS] = 2^e exactly, for e in [-1074, 1023] (subnormal to largest).
 * Multiplying a double by a power of two is exact whenever the result is normal,
 * so this replaces fdlibm's writes into the exponent field.
 */
export const POW2 = new Float64Array(POW2_BIAS + 1024);
{
  let p = 1;
  for (let e = 0; e <= 1023; e++) {
    POW2[POW2_BIAS + e] = p;
    p *= 2;
  }
  p = 1;
  for (let e = 0; e >= -1074; e--) {
    POW2[POW2_BIAS + e] = p;
    p /= 2;
  }
}
