/**
 * The engine's probability distributions: factories that check their parameters once
 * and return a `Distribution`, sampled by inversion (one uniform a draw), with only
 * deterministic arithmetic, so every JavaScript engine draws the same numbers.
 */
export type { Distribution } from './distribution.js';
export { constant } from './constant.js';
export { uniform } from './uniform.js';
export { triangular } from './triangular.js';
export { pert } from './pert.js';
export { beta } from './beta.js';
export { lognormalFromMean, lognormalFromMedian, lognormalFromRange } from './lognormal.js';
export { poisson, poissonQuantile } from './poisson.js';
export { fromSpec, type DistributionSpec } from './spec.js';
