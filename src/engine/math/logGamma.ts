import { F64, HI, LO, U32 } from './bits.js';
import { log } from './log.js';

const A0 = 7.72156649015328655494e-2; /* 0x3FB3C467, 0xE37DB0C8 */
const A1 = 3.22467033424113591611e-1; /* 0x3FD4A34C, 0xC4A60FAD */
const A2 = 6.73523010531292681824e-2; /* 0x3FB13E00, 0x1A5562A7 */
const A3 = 2.05808084325167332806e-2; /* 0x3F951322, 0xAC92547B */
const A4 = 7.38555086081402883957e-3; /* 0x3F7E404F, 0xB68FEFE8 */
const A5 = 2.89051383673415629091e-3; /* 0x3F67ADD8, 0xCCB7926B */
const A6 = 1.19270763183362067845e-3; /* 0x3F538A94, 0x116F3F5D */
const A7 = 5.10069792153511336608e-4; /* 0x3F40B6C6, 0x89B99C00 */
const A8 = 2.20862790713908385557e-4; /* 0x3F2CF2EC, 0xED10E54D */
const A9 = 1.08011567247583939954e-4; /* 0x3F1C5088, 0x987DFB07 */
const A10 = 2.52144565451257326939e-5; /* 0x3EFA7074, 0x428CFA52 */
const A11 = 4.48640949618915160150e-5; /* 0x3F07858E, 0x90A45837 */
const TC = 1.46163214496836224576; /* 0x3FF762D8, 0x6356BE3F */
const TF = -1.21486290535849611461e-1; /* 0xBFBF19B9, 0xBCC38A42 */
const TT = -3.63867699703950536541e-18; /* 0xBC50C7CA, 0xA48A971F */
const T0 = 4.83836122723810047042e-1; /* 0x3FDEF72B, 0xC8EE38A2 */
const T1 = -1.47587722994593911752e-1; /* 0xBFC2E427, 0x8DC6C509 */
const T2 = 6.46249402391333854778e-2; /* 0x3FB08B42, 0x94D5419B */
const T3 = -3.27885410759859649565e-2; /* 0xBFA0C9A8, 0xDF35B713 */
const T4 = 1.79706750811820387126e-2; /* 0x3F9266E7, 0x970AF9EC */
const T5 = -1.03142241298341437450e-2; /* 0xBF851F9F, 0xBA91EC6A */
const T6 = 6.10053870246291332635e-3; /* 0x3F78FCE0, 0xE370E344 */
const T7 = -3.68452016781138256760e-3; /* 0xBF6E2EFF, 0xB3E914D7 */
const T8 = 2.25964780900612472250e-3; /* 0x3F6282D3, 0x2E15C915 */
const T9 = -1.40346469989232843813e-3; /* 0xBF56FE8E, 0xBF2D1AF1 */
const T10 = 8.81081882437654011382e-4; /* 0x3F4CDF0C, 0xEF61A8E9 */
const T11 = -5.38595305356740546715e-4; /* 0xBF41A610, 0x9C73E0EC */
const T12 = 3.15632070903625950361e-4; /* 0x3F34AF6D, 0x6C0EBBF7 */
const T13 = -3.12754168375120860518e-4; /* 0xBF347F24, 0xECC38C38 */
const T14 = 3.35529192635519073543e-4; /* 0x3F35FD3E, 0xE8C2D3F4 */
const U0 = -7.72156649015328655494e-2; /* 0xBFB3C467, 0xE37DB0C8 */
const U1 = 6.32827064025093366517e-1; /* 0x3FE4401E, 0x8B005DFF */
const U2 = 1.45492250137234768737; /* 0x3FF7475C, 0xD119BD6F */
const U3 = 9.77717527963372745603e-1; /* 0x3FEF4976, 0x44EA8450 */
const U4 = 2.28963728064692451092e-1; /* 0x3FCD4EAE, 0xF6010924 */
const U5 = 1.33810918536787660377e-2; /* 0x3F8B678B, 0xBF2BAB09 */
const V1 = 2.45597793713041134822; /* 0x4003A5D7, 0xC2BD619C */
const V2 = 2.12848976379893395361; /* 0x40010725, 0xA42B18F5 */
const V3 = 7.69285150456672783825e-1; /* 0x3FE89DFB, 0xE45050AF */
const V4 = 1.04222645593369134254e-1; /* 0x3FBAAE55, 0xD6537C88 */
const V5 = 3.21709242282423911810e-3; /* 0x3F6A5ABB, 0x57D0CF61 */
const S0 = -7.72156649015328655494e-2; /* 0xBFB3C467, 0xE37DB0C8 */
const S1 = 2.14982415960608852501e-1; /* 0x3FCB848B, 0x36E20878 */
const S2 = 3.25778796408930981787e-1; /* 0x3FD4D98F, 0x4F139F59 */
const S3 = 1.46350472652464452805e-1; /* 0x3FC2BB9C, 0xBEE5F2F7 */
const S4 = 2.66422703033638609560e-2; /* 0x3F9B481C, 0x7E939961 */
const S5 = 1.84028451407337715652e-3; /* 0x3F5E26B6, 0x7368F239 */
const S6 = 3.19475326584100867617e-5; /* 0x3F00BFEC, 0xDD17E945 */
const R1 = 1.39200533467621045958; /* 0x3FF645A7, 0x62C4AB74 */
const R2 = 7.21935547567138069525e-1; /* 0x3FE71A18, 0x93D3DCDC */
const R3 = 1.71933865632803078993e-1; /* 0x3FC601ED, 0xCCFBDF27 */
const R4 = 1.86459191715652901344e-2; /* 0x3F9317EA, 0x742ED475 */
const R5 = 7.77942496381893596434e-4; /* 0x3F497DDA, 0xCA41A95B */
const R6 = 7.32668430744625636189e-6; /* 0x3EDEBAF7, 0xA5B38140 */
const W0 = 4.18938533204672725052e-1; /* 0x3FDACFE3, 0x90C97D69 */
const W1 = 8.33333333333329678849e-2; /* 0x3FB55555, 0x5555553B */
const W2 = -2.77777777728775536470e-3; /* 0xBF66C16C, 0x16B02E5C */
const W3 = 7.93650558643019558500e-4; /* 0x3F4A019F, 0x98CF38B6 */
const W4 = -5.95187557450339963135e-4; /* 0xBF4380CB, 0x8C0FE741 */
const W5 = 8.36339918996282139126e-4; /* 0x3F4B67BA, 0x4CDAD5D1 */
const W6 = -1.63092934096575273989e-3; /* 0xBF5AB89D, 0x0B9E43E4 */

/**
 * The natural logarithm of the gamma function, ln Gamma(x), for x > 0: a port of
 * the positive-argument part of fdlibm 5.3 `e_lgamma_r.c`, using this module's
 * `log`, so the result is the same in every JavaScript engine.
 *
 * Method: for x < 2^-70, -ln x; on (0, 2) and [2, 8) reduce to [1.5, 2.5] by
 * ln Gamma(1 + s) = ln s + ln Gamma(s) and use minimax polynomial or rational
 * approximations (a degree-14 polynomial around the minimum at 1.4616...); for
 * 8 <= x < 2^58, (x - 1/2)(ln x - 1) + w(1/x) with w a degree-11 odd polynomial;
 * above, x (ln x - 1). ln Gamma(1) = ln Gamma(2) = 0 exactly. Error within a few ulps.
 *
 * Special cases: logGamma(+-0) = +Infinity, logGamma(+Infinity) = +Infinity,
 * NaN gives NaN; negative arguments (not needed by the engine) give NaN.
 * Cost: one `log` and about 30 flops. Never throws.
 *
 * @example
 * logGamma(1); // 0
 * logGamma(0.5); // 0.5723649429247001 (ln sqrt(pi))
 */
export function logGamma(x: number): number {
  F64[0] = x;
  const hx = U32[HI] | 0;
  const lx = U32[LO];
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return hx < 0 && x === -Infinity ? NaN : x * x; /* +inf or NaN */
  if ((ix | lx) === 0) return Infinity; /* +-0 */
  if (hx < 0) return NaN; /* negative arguments are not supported */
  if (ix < 0x3b900000) return -log(x); /* x < 2^-70 */

  let r: number;
  if (((ix - 0x3ff00000) | lx) === 0 || ((ix - 0x40000000) | lx) === 0) {
    r = 0; /* purge off 1 and 2 */
  } else if (ix < 0x40000000) {
    /* x < 2.0 */
    let y: number;
    let i: number;
    if (ix <= 0x3feccccc) {
      /* lgamma(x) = lgamma(x + 1) - log(x) */
      r = -log(x);
      if (ix >= 0x3fe76944) {
        y = 1 - x;
        i = 0;
      } else if (ix >= 0x3fcda661) {
        y = x - (TC - 1);
        i = 1;
      } else {
        y = x;
        i = 2;
      }
    } else {
      r = 0;
      if (ix >= 0x3ffbb4c3) {
        y = 2.0 - x; /* [1.7316, 2] */
        i = 0;
      } else if (ix >= 0x3ff3b4c4) {
        y = x - TC; /* [1.23, 1.73] */
        i = 1;
      } else {
        y = x - 1;
        i = 2;
      }
    }
    if (i === 0) {
      const z = y * y;
      const p1 = A0 + z * (A2 + z * (A4 + z * (A6 + z * (A8 + z * A10))));
      const p2 = z * (A1 + z * (A3 + z * (A5 + z * (A7 + z * (A9 + z * A11)))));
      const p = y * p1 + p2;
      r += p - 0.5 * y;
    } else if (i === 1) {
      const z = y * y;
      const w = z * y;
      const p1 = T0 + w * (T3 + w * (T6 + w * (T9 + w * T12))); /* parallel comp */
      const p2 = T1 + w * (T4 + w * (T7 + w * (T10 + w * T13)));
      const p3 = T2 + w * (T5 + w * (T8 + w * (T11 + w * T14)));
      const p = z * p1 - (TT - w * (p2 + y * p3));
      r += TF + p;
    } else {
      const p1 = y * (U0 + y * (U1 + y * (U2 + y * (U3 + y * (U4 + y * U5)))));
      const p2 = 1 + y * (V1 + y * (V2 + y * (V3 + y * (V4 + y * V5))));
      r += -0.5 * y + p1 / p2;
    }
  } else if (ix < 0x40200000) {
    /* 2 <= x < 8 */
    const i = x | 0;
    const y = x - i;
    const p = y * (S0 + y * (S1 + y * (S2 + y * (S3 + y * (S4 + y * (S5 + y * S6))))));
    const q = 1 + y * (R1 + y * (R2 + y * (R3 + y * (R4 + y * (R5 + y * R6)))));
    r = 0.5 * y + p / q;
    let z = 1; /* lgamma(1 + s) = log(s) + lgamma(s) */
    if (i >= 7) z *= y + 6.0;
    if (i >= 6) z *= y + 5.0;
    if (i >= 5) z *= y + 4.0;
    if (i >= 4) z *= y + 3.0;
    if (i >= 3) {
      z *= y + 2.0;
      r += log(z);
    }
  } else if (ix < 0x43900000) {
    /* 8 <= x < 2^58 */
    const t = log(x);
    const z = 1 / x;
    const y = z * z;
    const w = W0 + z * (W1 + y * (W2 + y * (W3 + y * (W4 + y * (W5 + y * W6)))));
    r = (x - 0.5) * (t - 1) + w;
  } else {
    /* 2^58 <= x < inf */
    r = x * (log(x) - 1);
  }
  return r;
}
