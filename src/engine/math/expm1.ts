import { F64, HI, LO, POW2, POW2_BIAS, U32, fromWords } from './bits.js';

const O_THRESHOLD = 7.09782712893383973096e2; /* 0x40862E42 FEFA39EF */
const LN2_HI = 6.93147180369123816490e-1; /* 0x3fe62e42 fee00000 */
const LN2_LO = 1.90821492927058770002e-10; /* 0x3dea39ef 35793c76 */
const INVLN2 = 1.44269504088896338700; /* 0x3ff71547 652b82fe */
const TWO_1023 = fromWords(0x7fe00000, 0); /* 2^1023 */
/* scaled coefficients related to expm1 */
const Q1 = -3.33333333333331316428e-2; /* BFA11111 111110F4 */
const Q2 = 1.58730158725481460165e-3; /* 3F5A01A0 19FE5585 */
const Q3 = -7.93650757867487942473e-5; /* BF14CE19 9EAADBB7 */
const Q4 = 4.00821782732936239552e-6; /* 3ED0CFCA 86E65239 */
const Q5 = -2.01099218183624371326e-7; /* BE8AFDB7 6E09C32D */

/**
 * exp(x) - 1, accurate for small x; a line-by-line port of fdlibm 5.3 `s_expm1.c`
 * using only + - * / and bit access to the double's words, so the result is the
 * same in every JavaScript engine.
 *
 * Method: reduce x = k ln2 + r (|r| <= ln2 / 2) with a correction term for the
 * rounding of r; approximate expm1(r) by a rational function built on a degree-5
 * minimax polynomial in r^2; scale back by 2^k choosing, by k, the formula
 * that loses no accuracy. For |x| < 2^-54 returns x. Error below 1 ulp.
 *
 * Special cases (as fdlibm): expm1(NaN) = NaN, expm1(+Infinity) = +Infinity,
 * expm1(-Infinity) = -1, expm1(x < -56 ln2) = -1, overflow (x > 709.78...)
 * gives +Infinity, expm1(+-0) = +-0.
 * Cost: about 25 flops and two divisions; never throws.
 *
 * @example
 * expm1(0); // 0
 * expm1(1e-20); // 1e-20
 */
export function expm1(x: number): number {
  F64[0] = x;
  let hx = U32[HI];
  const xsb = hx >>> 31; /* sign bit of x */
  hx &= 0x7fffffff; /* high word of |x| */

  /* filter out huge and non-finite argument */
  if (hx >= 0x4043687a) {
    /* |x| >= 56 ln2 */
    if (hx >= 0x40862e42) {
      /* |x| >= 709.78... */
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | U32[LO]) !== 0) return x + x; /* NaN */
        return xsb === 0 ? x : -1.0; /* exp(+-inf) = {inf, -1} */
      }
      if (x > O_THRESHOLD) return Infinity; /* overflow */
    }
    if (xsb !== 0) return -1.0; /* x < -56 ln2 */
  }

  /* argument reduction */
  let k = 0;
  let c = 0;
  if (hx > 0x3fd62e42) {
    /* |x| > 0.5 ln2 */
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      /* and |x| < 1.5 ln2 */
      if (xsb === 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (INVLN2 * x + (xsb === 0 ? 0.5 : -0.5)) | 0;
      hi = x - k * LN2_HI; /* k * ln2_hi is exact here */
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    /* |x| < 2^-54 */
    return x;
  }

  /* x is now in primary range */
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs); /* c is 0 */
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  /* fdlibm adds k to the exponent field of y; multiplying by 2^k is the same exact operation */
  if (k <= -2 || k > 56) {
    /* suffice to return exp(x) - 1 */
    const y = 1.0 - (e - x);
    if (k === 1024) return y * 2 * TWO_1023 - 1.0;
    return y * POW2[POW2_BIAS + k] - 1.0;
  }
  if (k < 20) {
    t = 1.0 - POW2[POW2_BIAS - k]; /* t = 1 - 2^-k, exact */
    return (t - (e - x)) * POW2[POW2_BIAS + k];
  }
  t = POW2[POW2_BIAS - k]; /* t = 2^-k */
  let y = x - (e + t);
  y += 1.0;
  return y * POW2[POW2_BIAS + k];
}
