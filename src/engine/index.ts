/**
 * The breach-loss Monte Carlo engine: pure TypeScript, no DOM, no Node APIs, no
 * `Math.random`. The CLI, the Web Workers and the tests all use it through this file.
 */
export * from './scenario/index.js';
export { DISTRIBUTION_KINDS, DISTRIBUTION_KIND_IDS, kindEntry, kindsOfFamily, kindOf, Z95 } from './distributions/index.js';
export type { DistributionKind, DistributionFamily, KindEntry, KindParam, ParamBounds, Quantity, Spread } from './distributions/index.js';
export { compileModel } from './model/compileModel.js';
export type { Model, CompiledVendor, CompiledEffect } from './model/compileModel.js';
export { simulateBlock } from './simulate/simulateBlock.js';
export type { SimulateOptions } from './simulate/simulateBlock.js';
export { runScenario, blockCount, modelFor } from './simulate/runScenario.js';
export type { RunOptions } from './simulate/runScenario.js';
export { pairIndex, pairCount } from './simulate/blockColumns.js';
export type { BlockColumns } from './simulate/blockColumns.js';
export * from './analyses/index.js';
export * from './exact/index.js';
export { planRun, breachesPerYear, runSizeOf, stopRuleOf, RunRefused } from './run/runPlan.js';
export type { RunRequest, RunPlan, StopRule } from './run/runPlan.js';
export { analyzeBlock, analysisOf, buffersOf } from './run/analyzeBlock.js';
export type { BlockPartials } from './run/analyzeBlock.js';
export { RunFold, finishAnalyses } from './run/RunFold.js';
export { resultsOf } from './run/resultsOf.js';
export type { StopOutcome } from './run/resultsOf.js';
export type { FoldedPartials } from './run/RunFold.js';
export { runMemory, runMemoryProblem } from './run/runMemory.js';
export type { RunSize } from './run/runMemory.js';
export { exceedanceGrid, GRID_POINTS } from './statistics/exceedanceGrid.js';
export { quantileLinear, quantileRanks } from './statistics/quantileLinear.js';
export { orderStatistics } from './statistics/orderStatistics.js';
export { exceedanceAt, nearestIndex } from './statistics/exceedanceAt.js';
export type { Results, VendorResult, Comparison, ExceedancePoint, MeanEstimate, Verdict, ResultWarning, RunStop } from './results.js';
export { decisionCost, rankVendors, rankedVendors, verdictOf, SEPARATION_STANDARD_ERRORS, toleranceVerdict, toleranceAt, tolerancePoints } from './decision/index.js';
export type { Tolerance, TolerancePoint, TolerancePer, ToleranceCheck, ToleranceVerdict } from './decision/index.js';
export type { ContractResults, ContractVendor, ContractYear, ContractTotal, ContractComparison, NetLossEstimate } from './contractResults.js';
export { CHEAPEST_BASIS } from './analyses/contractCheapest.js';
export { compileContract, hasContractTerms } from './model/compileContract.js';
export type { CompiledContract, CompiledInsurance } from './model/compileContract.js';
export { runWarnings, HEAVY_TAIL_SHARE, DISAGREEMENT_STANDARD_ERRORS } from './statistics/runWarnings.js';
export {
  MAX_AMOUNT, MAX_LOG_SIGMA, RESERVED_KEYS, MAX_TRIALS, MAX_RUN_BYTES, DEFAULT_MIN_TRIALS, DEFAULT_MAX_TRIALS, DEFAULT_SWING,
  MAX_CONTRACT_YEARS, MIN_YEARLY_RATE, MAX_YEARLY_RATE, DEFAULT_COST_TREND, DEFAULT_COST_TREND_SOURCE, TOLERANCE_POINTS,
  MAX_SCENARIO_CHARACTERS, MAX_NESTING, MAX_VENDORS, MAX_CONTROLS, MAX_FACTORS, MAX_EFFECTS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH,
  MAX_LISTED_ERRORS,
} from './scenario/limits.js';
export { ENGINE_VERSION, BLOCK_TRIALS } from './version.js';
export { uniformStream, streamKey, fillUniforms } from './random.js';
export type { Uniform } from './random.js';
export { digestResults, digestBytes, digestNumbers } from './digest.js';
