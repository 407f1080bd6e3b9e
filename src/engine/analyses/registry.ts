import type { OutputOf } from './analysis.js';
import { breachCounts } from './breachCounts.js';
import { cheapestCounts } from './cheapestCounts.js';
import { conditionalLoss } from './conditionalLoss.js';
import { contractCosts } from './contractCosts.js';
import { convergence } from './convergence.js';
import { controlValues, negotiation, switchingValues } from './decisionAnalytics.js';
import { pairComparisons } from './pairComparisons.js';
import { rankProbabilities } from './rankProbabilities.js';
import { sensitivity } from './sensitivity.js';
import { valueOfInformation } from './valueOfInformation.js';
import { yearLosses } from './yearLosses.js';

/**
 * Every analysis a run can ask for, by name. The first five make the `breach-results/2`
 * figures every run reports; each further one adds its output to the results under its
 * own name. A new statistic is one file (an `Analysis`) and one line here.
 */
export const ANALYSES = {
  conditional: conditionalLoss,
  losses: yearLosses,
  breaches: breachCounts,
  cheapest: cheapestCounts,
  comparisons: pairComparisons,
  convergence,
  controlValues,
  negotiation,
  sensitivity,
  valueOfInformation,
  switchingValues,
  rankProbabilities,
  contract: contractCosts,
} as const;

/** The name of an analysis. */
export type AnalysisName = keyof typeof ANALYSES;

/** The analyses behind the figures every result has. */
export const RESULT_ANALYSES = ['conditional', 'losses', 'breaches', 'cheapest', 'comparisons'] as const satisfies readonly AnalysisName[];

/** The analyses whose outputs are added to the results under their names. */
export type ExtraAnalysisName = Exclude<AnalysisName, (typeof RESULT_ANALYSES)[number]>;

/**
 * The analyses a run does unless told otherwise: the results' own and the convergence
 * (and `contract`, which every run of a scenario with contract terms adds: see `planRun`).
 */
export const DEFAULT_ANALYSES: readonly AnalysisName[] = [...RESULT_ANALYSES, 'convergence'];

/** The decision analytics (`breach-sim --analytics`): what each control is worth, what to negotiate, sensitivity, value of information, switching values, rank probabilities. */
export const DECISION_ANALYSES = ['controlValues', 'negotiation', 'sensitivity', 'valueOfInformation', 'switchingValues', 'rankProbabilities'] as const satisfies readonly AnalysisName[];

/** A run with the decision analytics (`breach-sim --analytics`, the page's Decisions view): the default analyses and the decision ones. */
export const ANALYTICS_RUN: readonly AnalysisName[] = [...DEFAULT_ANALYSES, ...DECISION_ANALYSES];

/** The outputs of the further analyses, as they appear in the results. */
export type ExtraOutputs = { [K in ExtraAnalysisName]?: OutputOf<(typeof ANALYSES)[K]> };

/** The outputs of a run's analyses, by name. */
export type AnalysisOutputs = { [K in AnalysisName]?: OutputOf<(typeof ANALYSES)[K]> };

/** True for the name of a registered analysis. */
export function isAnalysisName(name: string): name is AnalysisName {
  return Object.prototype.hasOwnProperty.call(ANALYSES, name);
}
