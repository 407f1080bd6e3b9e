import type { Analysis, AnalysisContext } from './analysis.js';

/** The partial of an analysis that needs no trials: only how many were folded. */
export interface TrialCount {
  trials: number;
}

/**
 * An analysis computed in closed form from the model alone: its partials only count
 * trials, and `finish` computes the output (the same for any number of trials).
 *
 * @example
 * const controlValues = exactAnalysis('controlValues', (context) => controlValuesOf(context.model));
 */
export function exactAnalysis<Output>(name: string, compute: (context: AnalysisContext) => Output): Analysis<TrialCount, Output> {
  return {
    name,
    accumulate: (columns) => ({ trials: columns.trials }),
    merge: (left, right) => ({ trials: left.trials + right.trials }),
    finish: (_partial, context) => compute(context),
  };
}
