import { uniformStream } from '../../../src/engine/random.js';

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** An integer key of a double's bit pattern, ordered like the doubles: neighbours differ by 1, +0 and -0 are both 0. */
function key(x: number): bigint {
  f64[0] = x;
  const bits = i64[0];
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/**
 * The number of doubles between a and b plus one (0 when equal, 1 for neighbours),
 * from their bit patterns; two NaNs are 0 apart, a NaN and a number infinitely far.
 */
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = key(a) - key(b);
  return Number(d < 0n ? -d : d);
}

/** The largest ulp distance between f and reference over xs, and the first argument reaching it. */
export function worstUlps(
  f: (x: number) => number,
  reference: (x: number) => number,
  xs: Iterable<number>,
): { ulps: number; at: number; count: number } {
  let ulps = 0;
  let at = NaN;
  let count = 0;
  for (const x of xs) {
    count++;
    const d = ulpDistance(f(x), reference(x));
    if (d > ulps) {
      ulps = d;
      at = x;
    }
  }
  return { ulps, at, count };
}

/** n seeded doubles (1 + v) 2^e, sign positive, e uniform over [eMin, eMax] (subnormals below -1022). */
export function* spreadMagnitudes(key: string, n: number, eMin: number, eMax: number): Generator<number> {
  const u = uniformStream(key);
  for (let i = 0; i < n; i++) {
    const e = eMin + Math.floor(u() * (eMax - eMin + 1));
    yield (1 + u()) * Math.pow(2, e);
  }
}

/** n seeded doubles uniform in (lo, hi). */
export function* uniformIn(key: string, n: number, lo: number, hi: number): Generator<number> {
  const u = uniformStream(key);
  for (let i = 0; i < n; i++) yield lo + (hi - lo) * u();
}
