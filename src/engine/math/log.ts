import { F64, HI, LO, POW2, POW2_BIAS, U32 } from './bits.js';

const LN2_HI = 6.93147180369123816490e-1; /* 3fe62e42 fee00000 */
const LN2_LO = 1.90821492927058770002e-10; /* 3dea39ef 35793c76 */
const TWO54 = 1.8014398509481984e16; /* 43500000 00000000 */
const LG1 = 6.666666666666735130e-1; /* 3FE55555 55555593 */
const LG2 = 3.999999999940941908e-1; /* 3FD99999 9997FA04 */
const LG3 = 2.857142874366239149e-1; /* 3FD24924 94229359 */
const LG4 = 2.222219843214978396e-1; /* 3FCC71C5 1D8E78AF */
const LG5 = 1.818357216161805012e-1; /* 3FC74664 96CB03DE */
const LG6 = 1.531383769920937332e-1; /* 3FC39A09 D078C69F */
const LG7 = 1.479819860511658591e-1; /* 3FC2F112 DF3E5244 */

/**
 * The natural logarithm, a line-by-line port of fdlibm 5.3 `e_log.c`
 * (`__ieee754_log`), using only + - * / and bit access to the double's words,
 * so the result is the same in every JavaScript engine.
 *
 * Method: write x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2); then
 * log(1 + f) = 2s + s R(s^2) with s = f / (2 + f) and R a degree-14 minimax
 * polynomial; the result is k ln2_hi + (f - (hfsq - (s (hfsq + R) + k ln2_lo))).
 * Error below 1 ulp. Subnormal arguments are scaled by 2^54 first. Bit-identical
 * to fdlibm; the exponent field is rewritten by an exact multiplication by a power of two.
 *
 * Special cases (as fdlibm): log(+-0) = -Infinity, log(x < 0) = NaN,
 * log(NaN) = NaN, log(+Infinity) = +Infinity, log(1) = +0.
 * Cost: about 20 flops and one division; never throws.
 *
 * @example
 * log(1); // 0
 * log(Math.E); // 1
 */
export function log(x: number): number {
  F64[0] = x;
  let hx = U32[HI] | 0;
  let k = 0;
  if (hx < 0x00100000) {
    /* x < 2^-1022 */
    if (((hx & 0x7fffffff) | U32[LO]) === 0) return -Infinity; /* log(+-0) = -inf */
    if (hx < 0) return NaN; /* log(-#) = NaN */
    k -= 54;
    x *= TWO54; /* subnormal number, scale up x */
    F64[0] = x;
    hx = U32[HI] | 0;
  }
  if (hx >= 0x7ff00000) return x + x;
  let e = (hx >> 20) - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  /* normalize x or x/2: fdlibm sets the exponent field; scaling by 2^-e is the same exact operation */
  e += i >> 20;
  x *= POW2[POW2_BIAS - e];
  k += e;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) {
    /* -2^-20 <= f < 2^-20 */
    if (f === 0) {
      if (k === 0) return 0;
      return k * LN2_HI + k * LN2_LO;
    }
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - ((R - k * LN2_LO) - f);
  }
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - ((hfsq - (s * (hfsq + R) + dk * LN2_LO)) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * LN2_HI - ((s * (f - R) - dk * LN2_LO) - f);
}
