export type { Analysis, AnalysisContext, PartialOf, OutputOf } from './analysis.js';
export { ANALYSES, RESULT_ANALYSES, DEFAULT_ANALYSES, isAnalysisName } from './registry.js';
export type { AnalysisName, AnalysisOutputs, ExtraOutputs, ExtraAnalysisName } from './registry.js';
export { comparedPairs, lossAtMeans, ALL_PAIRS_UP_TO } from './comparedPairs.js';
export type { PairCoverage } from './comparedPairs.js';
export { Z_95, CONVERGENCE_POINTS, checkpointsOf } from './convergence.js';
export type { Convergence, RunningMean } from './convergence.js';
export { mergeMoments, noMoments, standardErrorOf } from './moments.js';
export type { Moments } from './moments.js';
