import seedrandom from 'seedrandom';

/**
 * A source of uniform random numbers strictly inside (0, 1).
 * Every draw in the engine comes from one of these; none from `Math.random`.
 */
export type Uniform = () => number;

/** 2^-32: the 32-bit generator's resolution. */
const STEP = 1 / 4294967296;
/** 2^-33: half of it. */
const HALF_STEP = 1 / 8589934592;

/**
 * A seeded stream of uniforms in (0, 1) from seedrandom's xor128 generator
 * (32 bits a draw, the fastest of seedrandom's family; its string seeding is
 * plain integer arithmetic, so the same key gives the same stream in every engine).
 * Each draw is `(k + 0.5) / 2^32` for the generator's 32-bit output `k`:
 * never 0 and never 1, so inverse-CDF sampling needs no guard.
 *
 * @example
 * const u = uniformStream('retail-2021|0|events');
 * u(); // a number in (0, 1), the same on every run and every engine
 */
export function uniformStream(key: string): Uniform {
  const next = seedrandom.xor128(key).int32;
  return () => (next() >>> 0) * STEP + HALF_STEP;
}

/**
 * The key of one of a run's random streams: the scenario's seed, the block index
 * and the stream's role (`events`, `incidence`, `effect:<controlId>:<n>`).
 * Trial `t`'s draws depend only on the seed and `t`, whatever the threads.
 *
 * @example
 * streamKey('retail-2021', 3, 'effect:mfa:0'); // 'retail-2021\u001f3\u001feffect:mfa:0'
 */
export function streamKey(seed: string, block: number, role: string): string {
  return `${seed}\u001f${block}\u001f${role}`;
}
