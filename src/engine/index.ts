/**
 * The breach-loss Monte Carlo engine: pure TypeScript, no DOM, no Node APIs, no
 * `Math.random`. The CLI, the Web Workers and the tests all use it through this file.
 */
export * from './scenario/index.js';
export { compileModel } from './model/compileModel.js';
export type { Model, CompiledVendor, CompiledEffect } from './model/compileModel.js';
export { simulateBlock } from './simulate/simulateBlock.js';
export type { SimulateOptions } from './simulate/simulateBlock.js';
export { runScenario, blockCount, modelFor } from './simulate/runScenario.js';
export type { RunOptions } from './simulate/runScenario.js';
export { pairIndex, pairCount, transferList } from './simulate/blockResult.js';
export type { BlockResult } from './simulate/blockResult.js';
export { summarize } from './statistics/summarize.js';
export { exceedanceGrid, GRID_POINTS } from './statistics/exceedanceGrid.js';
export { quantileLinear, quantileRanks } from './statistics/quantileLinear.js';
export { orderStatistics } from './statistics/orderStatistics.js';
export type { Results, VendorResult, Comparison, ExceedancePoint, MeanEstimate, Verdict, ResultWarning } from './results.js';
export { decisionCost, rankVendors, rankedVendors, verdictOf, SEPARATION_STANDARD_ERRORS } from './decision/index.js';
export { runWarnings, HEAVY_TAIL_SHARE, DISAGREEMENT_STANDARD_ERRORS } from './statistics/runWarnings.js';
export { MAX_AMOUNT, MAX_LOG_SIGMA, RESERVED_KEYS } from './scenario/limits.js';
export { ENGINE_VERSION, BLOCK_TRIALS } from './version.js';
export { uniformStream, streamKey, fillUniforms } from './random.js';
export type { Uniform } from './random.js';
export { digestResults, digestBytes } from './digest.js';
