import { F64, HI, POW2, POW2_BIAS, U32 } from './bits.js';

const LN2_HI = 6.93147180369123816490e-1; /* 3fe62e42 fee00000 */
const LN2_LO = 1.90821492927058770002e-10; /* 3dea39ef 35793c76 */
const LP1 = 6.666666666666735130e-1; /* 3FE55555 55555593 */
const LP2 = 3.999999999940941908e-1; /* 3FD99999 9997FA04 */
const LP3 = 2.857142874366239149e-1; /* 3FD24924 94229359 */
const LP4 = 2.222219843214978396e-1; /* 3FCC71C5 1D8E78AF */
const LP5 = 1.818357216161805012e-1; /* 3FC74664 96CB03DE */
const LP6 = 1.531383769920937332e-1; /* 3FC39A09 D078C69F */
const LP7 = 1.479819860511658591e-1; /* 3FC2F112 DF3E5244 */

/**
 * log(1 + x), accurate for small x; a line-by-line port of fdlibm 5.3 `s_log1p.c`
 * using only + - * / and bit access to the double's words, so the result is the
 * same in every JavaScript engine.
 *
 * Method: write 1 + x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2), carrying the
 * rounding error of 1 + x as a correction c / u; then
 * log(1 + f) = f - (hfsq - s (hfsq + R(s^2))) with s = f / (2 + f) and R the same
 * degree-14 polynomial as `log`. For |x| < 2^-29 the series x - x^2/2 (or x) is used.
 * Error below 1 ulp.
 *
 * Special cases (as fdlibm): log1p(-1) = -Infinity, log1p(x < -1) = NaN,
 * log1p(NaN) = NaN, log1p(+Infinity) = +Infinity, log1p(+-0) = +-0.
 * Cost: about 25 flops and two divisions; never throws.
 *
 * @example
 * log1p(0); // 0
 * log1p(1e-20); // 1e-20
 */
export function log1p(x: number): number {
  F64[0] = x;
  const hx = U32[HI] | 0; /* high word of x */
  const ax = hx & 0x7fffffff;

  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) {
    /* x < 0.41422 */
    if (ax >= 0x3ff00000) {
      /* x <= -1.0 */
      if (x === -1.0) return -Infinity; /* log1p(-1) = -inf */
      return NaN; /* log1p(x < -1) = NaN */
    }
    if (ax < 0x3e200000) {
      /* |x| < 2^-29 */
      if (ax < 0x3c900000) return x; /* |x| < 2^-54 */
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      /* -0.2929 < x < 0.41422 */
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      F64[0] = u;
      hu = U32[HI] | 0; /* high word of u */
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); /* correction term */
      c /= u;
    } else {
      u = x;
      F64[0] = u;
      hu = U32[HI] | 0; /* high word of u */
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu >= 0x6a09e) {
      k += 1; /* normalize u/2 rather than u */
      hu = (0x00100000 - hu) >> 2;
    }
    /* fdlibm rewrites the exponent field of u; scaling by 2^-k is the same exact operation */
    u *= POW2[POW2_BIAS - k];
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    /* |f| < 2^-20 */
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - ((R - (k * LN2_LO + c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LN2_LO + c))) - f);
}
