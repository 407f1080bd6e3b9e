import type { Scenario } from '../scenario/schema.js';
import { DEFAULT_MAX_TRIALS, DEFAULT_MIN_TRIALS } from '../scenario/limits.js';
import { compileModel, type Model } from '../model/compileModel.js';
import { BLOCK_TRIALS } from '../version.js';
import { lambdaOf } from '../simulate/simulateBlock.js';
import { recordLength } from '../simulate/vendorKernel.js';
import type { AnalysisContext } from '../analyses/analysis.js';
import { comparedPairs, type PairCoverage } from '../analyses/comparedPairs.js';
import { DEFAULT_ANALYSES, RESULT_ANALYSES, type AnalysisName } from '../analyses/registry.js';
import { runMemory, runMemoryProblem, type RunSize } from './runMemory.js';

/**
 * What a run is asked to do: a validated scenario, and optionally a fixed number of
 * trials (which overrides the scenario's `trials` and `stopAt`), a seed, the further
 * analyses wanted (the results' own always run) and, beyond 20 vendors, the pairs to compare.
 */
export interface RunRequest {
  scenario: Scenario;
  trials?: number;
  seed?: string;
  analyses?: readonly AnalysisName[];
  pairs?: readonly (readonly [string, string])[];
}

/** When a run stops: `simulation.stopAt` with its defaults filled in. */
export interface StopRule {
  relativeStandardError: number;
  minTrials: number;
  maxTrials: number;
}

/** Everything a run's workers and its fold share, derived from the request alone. */
export interface RunPlan {
  model: Model;
  context: AnalysisContext;
  analyses: AnalysisName[];
  coverage: PairCoverage;
  stop?: StopRule;
  blocksTotal: number;
  labels: { scenario: string; currency: string };
  /** The bytes the run needs, stated before it starts (`runMemory`). */
  memoryBytes: number;
}

/** A run refused before any work, with the scenario field to change. */
export class RunRefused extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'RunRefused';
  }
}

/**
 * The plan of a run: its model, pairs, analyses and stopping rule. Each worker plans the
 * same request and gets the same plan. Throws `RunRefused` when the run would need more
 * memory than a run may use.
 *
 * @example
 * const plan = planRun({ scenario });
 * plan.blocksTotal; // 10 for 100,000 trials
 */
export function planRun(request: RunRequest): RunPlan {
  const { scenario } = request;
  const stop = request.trials === undefined ? stopRuleOf(scenario) : undefined;
  const trials = stop ? stop.maxTrials : request.trials ?? scenario.simulation.trials;
  const model = compileModel(scenario, { trials, seed: request.seed });
  const size = runSizeOf(model);
  const problem = runMemoryProblem(size);
  if (problem) throw new RunRefused(stop ? 'simulation.stopAt.maxTrials' : 'simulation.trials', problem);
  const { pairs, coverage } = comparedPairs(model, request.pairs);
  // A scenario with contract terms reports its contract in every run.
  const contract: AnalysisName[] = model.contract ? ['contract'] : [];
  const analyses = [...new Set<AnalysisName>([...RESULT_ANALYSES, ...(request.analyses ?? DEFAULT_ANALYSES), ...contract])]
    .filter((name) => name !== 'contract' || model.contract !== undefined);
  return {
    model,
    context: { model, pairs },
    analyses,
    coverage,
    stop,
    blocksTotal: Math.ceil(model.trials / BLOCK_TRIALS),
    labels: { scenario: scenario.name, currency: scenario.currency },
    memoryBytes: runMemory(size),
  };
}

/** A scenario's `stopAt` with its defaults filled in, or undefined for a fixed number of trials. */
export function stopRuleOf(scenario: Scenario): StopRule | undefined {
  const stopAt = scenario.simulation.stopAt;
  if (!stopAt) return undefined;
  return {
    relativeStandardError: stopAt.relativeStandardError,
    minTrials: stopAt.minTrials ?? DEFAULT_MIN_TRIALS,
    maxTrials: stopAt.maxTrials ?? DEFAULT_MAX_TRIALS,
  };
}

/** The mean breaches a year with no controls: lambda at the mean incidence or rate. */
export function breachesPerYear(model: Model): number {
  return lambdaOf(model, model.frequency.mean);
}

/** What a model's run needs memory for (see `runMemory`). */
export function runSizeOf(model: Model): RunSize {
  return {
    trials: model.trials,
    vendors: model.vendors.length,
    amplifiers: model.amplifierNames.length,
    effects: model.effects.length,
    breachesPerYear: breachesPerYear(model),
    recordLength: recordLength(model),
    ...(model.contract ? { contractYears: model.contract.years } : {}),
  };
}
