/**
 * Deterministic elementary functions for the engine: built only from + - * /,
 * `Math.sqrt`, and bit access to doubles, so every JavaScript engine computes the
 * same bits (the built-in `Math` transcendental functions are not specified to
 * the last bit and differ between engines).
 */
export { log } from './log.js';
export { log1p } from './log1p.js';
export { exp } from './exp.js';
export { expm1 } from './expm1.js';
export { normalQuantile } from './normalQuantile.js';
export { logGamma } from './logGamma.js';
export { logGammaCorrection } from './logGammaCorrection.js';
export { regularizedBeta } from './regularizedBeta.js';
