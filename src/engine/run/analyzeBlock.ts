import { ANALYSES, type AnalysisName } from '../analyses/registry.js';
import type { Analysis } from '../analyses/analysis.js';
import { simulateBlock } from '../simulate/simulateBlock.js';
import type { RunPlan } from './runPlan.js';

/** One block's partials, by analysis name: what a worker sends back. */
export interface BlockPartials {
  block: number;
  trials: number;
  partials: Partial<Record<AnalysisName, unknown>>;
}

/**
 * Simulates block `block` of a plan and runs every analysis of the plan on its columns,
 * where the trials are (in the worker): only the compact partials leave.
 *
 * @example
 * const partials = analyzeBlock(planRun({ scenario }), 0);
 * Object.keys(partials.partials); // ['conditional', 'losses', 'breaches', 'cheapest', 'comparisons', 'convergence']
 */
export function analyzeBlock(plan: RunPlan, block: number): BlockPartials {
  const columns = simulateBlock(plan.model, block);
  const partials: Partial<Record<AnalysisName, unknown>> = {};
  for (const name of plan.analyses) partials[name] = analysisOf(name).accumulate(columns, plan.context);
  return { block, trials: columns.trials, partials };
}

/** The registered analysis of a name, with its partial type erased. */
export function analysisOf(name: AnalysisName): Analysis<unknown, unknown> {
  return ANALYSES[name] as unknown as Analysis<unknown, unknown>;
}

/** Every buffer a message holds (for `postMessage(message, buffersOf(message))`), each once. */
export function buffersOf(value: unknown, found: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) buffersOf(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) buffersOf(item, found);
  }
  return [...found];
}
