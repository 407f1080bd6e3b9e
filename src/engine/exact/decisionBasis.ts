import type { Model } from '../model/compileModel.js';
import { exactRanking, expectedLosses, meanInputs, type FormulaInputs } from './expectedLossFormula.js';
import { modelInputs, type ModelInput } from './modelInputs.js';

/**
 * What every decision analytic starts from, in closed form: each vendor's exact expected
 * loss and decision cost (price plus expected loss), the candidates ranked by it, and the
 * model's inputs. `leader` is the vendor chosen now (the lowest exact cost), `runnerUp`
 * the next; -1 when there is no such candidate. Memoized per model.
 *
 * @example
 * const basis = decisionBasis(model);
 * model.vendors[basis.leader].id; // 'bluepeak'
 */
export interface DecisionBasis {
  means: FormulaInputs;
  losses: number[];
  costs: number[];
  ranking: number[];
  leader: number;
  runnerUp: number;
  inputs: ModelInput[];
}

const basisOf = new WeakMap<Model, DecisionBasis>();

export function decisionBasis(model: Model): DecisionBasis {
  let basis = basisOf.get(model);
  if (basis) return basis;
  const means = meanInputs(model);
  const losses = expectedLosses(model, means);
  const ranking = exactRanking(model, losses);
  basis = {
    means,
    losses,
    costs: model.vendors.map((v, j) => v.annualPrice + losses[j]),
    ranking,
    leader: ranking[0] ?? -1,
    runnerUp: ranking[1] ?? -1,
    inputs: modelInputs(model),
  };
  basisOf.set(model, basis);
  return basis;
}

/** Every candidate's decision cost at `inputs`, by vendor index (the reference's too). */
export function costsAt(model: Model, inputs: FormulaInputs): number[] {
  return expectedLosses(model, inputs).map((loss, j) => model.vendors[j].annualPrice + loss);
}
