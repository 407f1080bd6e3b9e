/**
 * The engine's probability distributions: factories that check their parameters once
 * and return a `Distribution`, sampled by inversion (one uniform a draw), with only
 * deterministic arithmetic, so every JavaScript engine draws the same numbers; and the
 * registry of the kinds a scenario can give (`DISTRIBUTION_KINDS`).
 */
export type { Distribution, DistributionFamily } from './distribution.js';
export { constant } from './constant.js';
export { uniform } from './uniform.js';
export { triangular } from './triangular.js';
export { pert } from './pert.js';
export { beta } from './beta.js';
export { lognormalFromMean, lognormalFromMedian, lognormalFromRange, Z95 } from './lognormal.js';
export { poisson, poissonQuantile } from './poisson.js';
export { fromSpec } from './spec.js';
export { DISTRIBUTION_KINDS, DISTRIBUTION_KIND_IDS, kindEntry, kindsOfFamily, ownParams } from './kinds.js';
export { kindOf } from './kindOf.js';
export type {
  DistributionKind, DistributionSpec, DistributionInput, KindEntry, KindParam, ParamBounds, ParamValues, Quantity, Spread,
} from './kinds.js';
