import { exp } from '../math/exp.js';
import { log } from '../math/log.js';
import { log1p } from '../math/log1p.js';
import { logGamma } from '../math/logGamma.js';
import { regularizedBeta } from '../math/regularizedBeta.js';

/**
 * The Kolmogorov bound the tables meet: |F(quantile(u)) - u| <= 1e-6 for every u in (0, 1),
 * F the exact CDF. As F is continuous and increasing, this bounds the Kolmogorov
 * distance between the distribution of quantile(U) and the exact one.
 */
export const KOLMOGOROV_BOUND = 1e-6;

/** Error allowed at each piece's midpoint while building (a tenth of the bound). */
const PIECE_TOLERANCE = 1e-7;

/** Each piece may move the table's mean by at most this fraction of the exact mean. */
const PIECE_MEAN_TOLERANCE = 1e-10;

/** Probability left to each of the two linear end pieces. */
const TAIL_MASS = 1e-12;

/** Smallest positive normal double, 2^-1022. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** 2^-53: 1 minus the largest double below 1. */
const ONE_ULP_BELOW_ONE = 1.1102230246251565e-16;

/** 2^-52: an ulp of w is at most w times this. */
const ULP_RATIO = 2.220446049250313e-16;

/** A table has at most this many pieces (56 bytes each with the guide, so below 68 KiB). */
export const MAX_PIECES = 1200;

/** Guide slots per piece: enough that a draw's search rarely steps more than once. */
const GUIDE_SLOTS_PER_PIECE = 8;

/** ln 2. */
const LN2 = 0.6931471805599453;

/**
 * A piecewise-cubic inverse CDF of a distribution on [0, 1]: on piece i
 * (breaks[i] <= u < breaks[i + 1]), with d = u - breaks[i],
 * w = c[4i] + d (c[4i + 1] + d (c[4i + 2] + d c[4i + 3])) and the quantile is
 * x = w^(2^squarings) (w squared `squarings` times; usually zero times).
 */
export interface InverseTable {
  /** Piece boundaries in u: breaks[0] = 0, increasing, breaks[pieces] = +Infinity (a sentinel). */
  readonly breaks: Float64Array;
  /** Four power-basis coefficients a piece. */
  readonly coefficients: Float64Array;
  /** guide[j] = the piece containing u = j / (guide.length - 1): the search's start. */
  readonly guide: Uint16Array;
  /** Number of pieces. */
  readonly pieces: number;
  /** The cubic gives w; the quantile is w squared this many times (0 unless alpha < 1/2). */
  readonly squarings: number;
}

/**
 * The inverse CDF of Beta(a, b) as a table of monotone cubic pieces, for 0 < a, b <= 1e4.
 *
 * Construction: knots chosen adaptively from about the 1e-12 quantile to about the
 * 1 - 1e-12 quantile; at each knot the CDF u = I_x(a, b) (`regularizedBeta`, with the
 * deterministic `log`/`exp`) and the slope dx/du = 1 / density(x); between knots the
 * cubic Hermite interpolant in u, slopes limited (Fritsch-Carlson) so that every piece
 * is monotone. A piece is accepted when, at its midpoint u_m, |I_{x(u_m)}(a, b) - u_m|
 * <= 1e-7 (the error of a cubic Hermite piece peaks near there; a tenth of the 1e-6
 * bound) and its share of the error of the mean, about that error over the density
 * times the piece's width, is at most 1e-10 of the mean; otherwise it is shortened,
 * and after acceptance the next is lengthened by up to 4 times (steps scale as the
 * fourth root of the error ratio). A piece whose error is what rounding the
 * quantile to a double alone causes is accepted too. The mass below the first knot
 * and above the last (1e-12 each; or what lies below 2^-1022 or within 2^-53 of 1)
 * maps linearly to the support's ends.
 * For a < 1/2 the density's pole at 0 makes x grow like u^(1/a); the table then holds
 * w = x^(1/2^J) with 2^J <= 1/a < 2^(J + 1), which grows like u^(1/(a 2^J)) (an exponent
 * in [1, 2)), and a draw squares w J times.
 *
 * Cost: a few hundred CDF evaluations (continued fractions of O(sqrt(max(a, b))) terms);
 * 0.05 to 0.6 ms once the JIT has warmed up (the first build in a process, run cold,
 * takes a few ms). Size: 56 bytes a piece with the guide table, typically 70 to 310
 * pieces (4 to 17 KiB). Never throws for valid shapes: should a table need more than
 * 1200 pieces (67 KiB), the tolerances are relaxed until it fits (no tested shape needs it).
 * Callers check the shapes (`checkShape`).
 *
 * @example
 * betaInverseTable(3, 3).pieces; // 213
 */
export function betaInverseTable(a: number, b: number): InverseTable {
  const lnB = logGamma(a) + logGamma(b) - logGamma(a + b);
  /* J = squarings, k = 2^J <= 1/a < 2^(J + 1) */
  let squarings = 0;
  let k = 1;
  while (squarings < 40 && a * (2 * k) <= 1) {
    squarings++;
    k *= 2;
  }
  for (let relax = 1; ; relax *= 4) {
    const table = build(a, b, lnB, squarings, k, PIECE_TOLERANCE * relax, PIECE_MEAN_TOLERANCE * relax);
    if (table !== null) return table;
  }
}

/** One attempt at the table with the given tolerances; null if it needs more than MAX_PIECES. */
function build(
  a: number,
  b: number,
  lnB: number,
  squarings: number,
  k: number,
  tolerance: number,
  meanFraction: number,
): InverseTable | null {
  const toX = (w: number): number => {
    let x = w;
    for (let j = 0; j < squarings; j++) x *= x;
    return x;
  };
  const cdf = (x: number): number => regularizedBeta(x, a, b);
  /* dw/du at w (x = w^k): (dx/du) w / (k x), with dx/du = B(a, b) / (x^(a-1) (1 - x)^(b-1)) */
  const slope = (w: number, x: number): number =>
    exp(lnB - a * log(x) - (b - 1) * log1p(-x) + log(w) - squarings * LN2);
  const meanTolerance = meanFraction * (a / (a + b));

  /* end knots: about the 1e-12 and 1 - 1e-12 quantiles, in w */
  const xFirst = tailPoint(a, b, MIN_NORMAL);
  const wFirst = squarings === 0 ? xFirst : exp(log(xFirst) / k);
  const yLast = tailPoint(b, a, ONE_ULP_BELOW_ONE);
  let wLast = squarings === 0 ? 1 - yLast : exp(log1p(-yLast) / k);
  if (wLast > 1 - ONE_ULP_BELOW_ONE) wLast = 1 - ONE_ULP_BELOW_ONE;

  /* knots (index 0 is the support's lower end), and the limited slopes of each piece */
  const ws: number[] = [0, wFirst];
  const us: number[] = [0, cdf(toX(wFirst))];
  const left: number[] = [0];
  const right: number[] = [0];

  let w0 = wFirst;
  let x0 = toX(w0);
  let u0 = us[1];
  let m0 = slope(w0, x0);
  /* the next step in w: predicted from a step in u and the slope, or cut after a rejection */
  let dw = (u0 > 1e-15 ? u0 : 1e-15) * m0;
  while (w0 < wLast) {
    if (ws.length > MAX_PIECES) return null;
    const minStep = w0 * 4.5e-16 + 5e-324;
    let w1 = w0 + (dw > minStep ? dw : minStep);
    if (!(w1 < wLast)) w1 = wLast;
    const x1 = toX(w1);
    const u1 = cdf(x1);
    if (!(u1 > u0)) {
      /* no probability between w0 and w1 in double precision: step further */
      if (w1 === wLast) break;
      dw = 4 * (w1 - w0);
      continue;
    }
    const m1 = slope(w1, x1);
    const h = u1 - u0;
    const secant = (w1 - w0) / h;
    let s0 = m0;
    let s1 = m1;
    const alpha = m0 / secant;
    const beta = m1 / secant;
    const r = alpha * alpha + beta * beta;
    if (!(r <= 9)) {
      /* Fritsch-Carlson: scale both slopes so that alpha^2 + beta^2 <= 9 (a monotone cubic) */
      if (r < Infinity) {
        const tau = 3 / Math.sqrt(r);
        s0 = tau * m0;
        s1 = tau * m1;
      } else {
        s0 = alpha < Infinity ? 0 : 3 * secant;
        s1 = alpha < Infinity ? 3 * secant : 0;
      }
    }
    const t = 0.5 * h;
    const c2 = (3 * secant - 2 * s0 - s1) / h;
    const c3 = (s0 + s1 - 2 * secant) / (h * h);
    const wm = w0 + t * (s0 + t * (c2 + t * c3));
    const deviation = Math.abs(cdf(toX(wm)) - (u0 + t));
    const err = deviation === deviation ? deviation : Infinity;
    /* the piece's share of the error of the mean: about h |x error| = err (x1 - x0) */
    const meanShare = err * (x1 - x0);
    /* the probability of a few ulps of w here: the error that rounding alone can cause */
    const rounding = (4 * ULP_RATIO * wm) / secant;
    const ratio = Math.min((tolerance + rounding) / err, (meanTolerance + rounding * (x1 - x0)) / meanShare);
    if (ratio >= 1 || w1 - w0 <= 4 * minStep) {
      ws.push(w1);
      us.push(u1);
      left.push(s0);
      right.push(s1);
      w0 = w1;
      x0 = x1;
      u0 = u1;
      m0 = m1;
      const grow = ratio < Infinity ? 0.9 * Math.sqrt(Math.sqrt(ratio)) : 4;
      dw = h * (grow < 4 ? grow : 4) * m1;
    } else {
      const shrink = 0.9 * Math.sqrt(Math.sqrt(ratio));
      dw = (w1 - w0) * (shrink > 0.1 ? shrink : 0.1);
    }
  }

  /* pieces: [0, u_1] linear from w = 0, the cubic ones, and [u_last, 1) linear to w = 1 */
  const n = ws.length;
  const breaks = new Float64Array(n + 1);
  const coefficients = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    breaks[i] = us[i];
    const o = 4 * i;
    if (i === n - 1) {
      const width = 1 - us[i];
      coefficients[o] = ws[i];
      coefficients[o + 1] = width > 0 ? (1 - ws[i]) / width : 0;
    } else if (i === 0) {
      coefficients[o + 1] = us[1] > 0 ? ws[1] / us[1] : 0;
    } else {
      const width = us[i + 1] - us[i];
      const secant = (ws[i + 1] - ws[i]) / width;
      coefficients[o] = ws[i];
      coefficients[o + 1] = left[i];
      coefficients[o + 2] = (3 * secant - 2 * left[i] - right[i]) / width;
      coefficients[o + 3] = (left[i] + right[i] - 2 * secant) / (width * width);
    }
  }
  breaks[n] = Infinity;

  const slots = GUIDE_SLOTS_PER_PIECE * n;
  const guide = new Uint16Array(slots + 1);
  let piece = 0;
  for (let j = 0; j <= slots; j++) {
    const u = j / slots;
    while (breaks[piece + 1] <= u) piece++;
    guide[j] = piece;
  }
  return { breaks, coefficients, guide, pieces: n, squarings };
}

/**
 * A point x >= floor with I_x(a, b) < 1e-12 and within about 1% of the 1e-12 quantile
 * (or floor itself, if the mass below floor reaches 1e-12): bisection on ln x.
 */
function tailPoint(a: number, b: number, floor: number): number {
  if (regularizedBeta(floor, a, b) >= TAIL_MASS) return floor;
  let lo = log(floor);
  let hi = log(a / (a + b));
  for (let iter = 0; iter < 60 && hi - lo > 0.01; iter++) {
    const mid = 0.5 * (lo + hi);
    if (regularizedBeta(exp(mid), a, b) < TAIL_MASS) lo = mid;
    else hi = mid;
  }
  return exp(lo);
}
