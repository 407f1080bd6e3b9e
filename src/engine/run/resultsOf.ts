import { RESULT_ANALYSES, type AnalysisName, type AnalysisOutputs } from '../analyses/registry.js';
import type { Results, VendorResult } from '../results.js';
import { ENGINE_VERSION } from '../version.js';
import { decisionCost } from '../decision/decisionCost.js';
import { rankVendors } from '../decision/rankVendors.js';
import { verdictOf } from '../decision/verdictOf.js';
import { runWarnings } from '../statistics/runWarnings.js';
import type { RunPlan } from './runPlan.js';

/** How a run with `stopAt` ended. */
export interface StopOutcome {
  reason: 'precision' | 'maxTrials';
}

/**
 * The `breach-results/2` of a run from its analyses' outputs (the results' own five, and
 * any further ones, added under their names).
 *
 * @example
 * resultsOf(plan, fold.outputs(), trials).verdict; // { kind: 'clear', best: 'bluepeak', ... }
 */
export function resultsOf(plan: RunPlan, outputs: AnalysisOutputs, trials: number, stopped?: StopOutcome): Results {
  const { model } = plan;
  const conditional = outputs.conditional!;
  const losses = outputs.losses!;
  const breaches = outputs.breaches!;
  const cheapest = outputs.cheapest!;
  const comparisons = outputs.comparisons!;
  const vendors = model.vendors.map((vendor, j): VendorResult => {
    const expectedLoss = { ...conditional[j], sample: losses[j].sample };
    return {
      id: vendor.id,
      name: vendor.name,
      annualPrice: vendor.annualPrice,
      reference: vendor.reference,
      expectedLoss,
      probabilityOfBreach: breaches.probabilityOfBreach[j],
      expectedBreaches: breaches.expectedBreaches[j],
      quantiles: losses[j].quantiles,
      tailValueAtRisk95: losses[j].tailValueAtRisk95,
      riskAdjustedCost: decisionCost({ annualPrice: vendor.annualPrice, expectedLoss }),
      probabilityCheapest: cheapest[j],
      exceedance: losses[j].exceedance,
    };
  });
  const ranking = rankVendors(vendors);
  const results: Results = {
    format: 'breach-results/2',
    scenario: plan.labels.scenario,
    currency: plan.labels.currency,
    trials,
    seed: model.seed,
    engineVersion: ENGINE_VERSION,
    vendors,
    comparisons,
    ranking,
    verdict: verdictOf(vendors, comparisons, ranking),
    warnings: runWarnings(model, vendors, trials, breaches.baselineBreaches),
    comparedPairs: plan.coverage,
  };
  if (plan.stop) results.stop = { ...plan.stop, reason: stopped?.reason ?? 'maxTrials' };
  for (const name of plan.analyses) {
    if (!isResultAnalysis(name) && outputs[name] !== undefined) Object.assign(results, { [name]: outputs[name] });
  }
  return results;
}

function isResultAnalysis(name: AnalysisName): boolean {
  return (RESULT_ANALYSES as readonly AnalysisName[]).includes(name);
}
