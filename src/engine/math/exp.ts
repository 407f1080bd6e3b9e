import { POW2, POW2_BIAS, fromWords } from './bits.js';

const O_THRESHOLD = 7.09782712893383973096e2; /* 0x40862E42 FEFA39EF */
const U_THRESHOLD = -7.45133219101941108420e2; /* 0xc0874910 D52D3051 */
const LN2_HI = 6.93147180369123816490e-1; /* 0x3fe62e42 fee00000 */
const LN2_LO = 1.90821492927058770002e-10; /* 0x3dea39ef 35793c76 */
const INVLN2 = 1.44269504088896338700; /* 0x3ff71547 652b82fe */
/* |x| thresholds: the smallest doubles with the high words fdlibm compares against */
const HI_40862E42 = fromWords(0x40862e42, 0); /* 709.78... */
const HI_3FD62E43 = fromWords(0x3fd62e43, 0); /* just above 0.5 ln2 */
const HI_3FF0A2B2 = fromWords(0x3ff0a2b2, 0); /* about 1.5 ln2 */
const TWO_M28 = fromWords(0x3e300000, 0); /* 2^-28 */
const TWO_1023 = fromWords(0x7fe00000, 0); /* 2^1023 */
/** e rounded to double. */
const E = 2.718281828459045;
const TWOM1000 = 9.33263618503218878990e-302; /* 2^-1000 */
const P1 = 1.66666666666666019037e-1; /* 0x3FC55555 5555553E */
const P2 = -2.77777777770155933842e-3; /* 0xBF66C16C 16BEBD93 */
const P3 = 6.61375632143793436117e-5; /* 0x3F11566A AF25DE2C */
const P4 = -1.65339022054652515390e-6; /* 0xBEBBBD41 C5D26BF1 */
const P5 = 4.13813679705723846039e-8; /* 0x3E663769 72BEA4D0 */

/**
 * The exponential function, a line-by-line port of fdlibm 5.3 `e_exp.c`
 * (`__ieee754_exp`), using only + - * / and bit access to the double's words,
 * so the result is the same in every JavaScript engine.
 *
 * Method: reduce x = k ln2 + r with |r| <= ln2 / 2 (r carried as hi - lo),
 * approximate exp(r) = 1 + r + r c / (2 - c) with c = r - r^2 (P1 + ... + P5 r^8)
 * (a degree-5 minimax fit in r^2), then add k to the exponent of the result.
 * Error below 1 ulp; exp(1) returns e correctly rounded (fdlibm alone is 1 ulp
 * off there).
 *
 * Special cases (as fdlibm): exp(NaN) = NaN, exp(+Infinity) = +Infinity,
 * exp(-Infinity) = 0, overflow (x > 709.78...) gives +Infinity, underflow
 * (x < -745.13...) gives 0, results below 2^-1022 are subnormal.
 * Cost: about 15 flops and one division; never throws.
 *
 * @example
 * exp(0); // 1
 * exp(1); // 2.718281828459045
 */
export function exp(x: number): number {
  /* fdlibm tests the high word of |x|; the same tests as comparisons of |x|. */
  const ax = x < 0 ? -x : x;

  /* filter out non-finite argument */
  if (!(ax < HI_40862E42)) {
    /* |x| >= 709.78..., or NaN */
    if (x !== x) return x + x; /* NaN */
    if (x > O_THRESHOLD) return Infinity; /* overflow, and exp(+inf) */
    if (x < U_THRESHOLD) return 0; /* underflow, and exp(-inf) */
  }

  /* argument reduction */
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax >= HI_3FD62E43) {
    /* |x| > 0.5 ln2 */
    if (ax < HI_3FF0A2B2) {
      /* and |x| < 1.5 ln2 */
      if (x === 1) return E; /* correctly rounded e, as in FreeBSD's msun */
      if (x > 0) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (INVLN2 * x + (x > 0 ? 0.5 : -0.5)) | 0;
      hi = x - k * LN2_HI; /* k * ln2_hi is exact here */
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (ax < TWO_M28) {
    /* |x| < 2^-28 */
    return 1 + x;
  }

  /* x is now in primary range */
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - ((lo - (x * c) / (2.0 - c)) - hi);
  /* fdlibm adds k to the exponent field of y; multiplying by 2^k is the same exact operation */
  if (k >= -1021) {
    if (k === 1024) return y * 2 * TWO_1023;
    return y * POW2[POW2_BIAS + k];
  }
  return y * POW2[POW2_BIAS + k + 1000] * TWOM1000;
}
