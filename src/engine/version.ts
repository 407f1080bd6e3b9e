/**
 * The engine's version, echoed in every result. It changes whenever the same scenario
 * and seed would give different numbers, so that a saved result says which engine made it.
 */
export const ENGINE_VERSION = '2.1.0';

/** Trials per block: each block's random streams are seeded from the seed and the block index. */
export const BLOCK_TRIALS = 10_000;
