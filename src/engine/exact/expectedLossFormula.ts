import type { Model } from '../model/compileModel.js';
import { lambdaOf } from '../simulate/simulateBlock.js';

/**
 * What the expected-loss formula reads: the expected breaches a year (channel share
 * included), each effect's mean reduction, the mean loss of a breach, and each
 * amplifier's probability and mean amount.
 */
export interface FormulaInputs {
  lambda: number;
  reductions: Float64Array;
  perBreach: number;
  amplifierProbabilities: Float64Array;
  amplifierMeans: Float64Array;
}

/** Midpoints of the quadrature of an uncertain incidence's expected breach rate. */
const QUADRATURE_POINTS = 32_768;

const meansOf = new WeakMap<Model, FormulaInputs>();

/**
 * The formula's inputs at their means. The expected breach rate of an uncertain incidence
 * p is E[-ln(1 - p)] x channel share, not the rate at the mean incidence: it is the
 * integral over u of -ln(1 - Q(u)), Q the incidence's quantile function, which has a log
 * singularity at u = 1 when the incidence can come near 1 (a beta, say). With u = 1 - (1 - t)^2
 * the integrand becomes -2 (1 - t) ln(1 - Q(u)), which goes to 0 there, and the midpoint
 * rule on 32,768 points in t is then within about 1e-8 relative (Beta(1, 1), whose E is 1:
 * 2e-9, against 1e-5 without the substitution); the beta and PERT quantiles' own tables
 * (within 1e-6 in probability) bound the rest (Beta(0.5, 0.5), E = 2 ln 2: 3e-7). Memoized per model.
 *
 * @example
 * meanInputs(model).lambda; // 0.494 for a fixed incidence of 0.39: -ln(0.61)
 */
export function meanInputs(model: Model): FormulaInputs {
  let inputs = meansOf.get(model);
  if (inputs) return inputs;
  let lambda: number;
  if (model.frequencyFixed || model.frequencyKind === 'rate') lambda = lambdaOf(model, model.frequency.mean);
  else {
    let sum = 0;
    for (let i = 0; i < QUADRATURE_POINTS; i++) {
      const rest = 1 - (i + 0.5) / QUADRATURE_POINTS; // 1 - t
      sum += 2 * rest * lambdaOf(model, model.frequency.quantile(1 - rest * rest));
    }
    lambda = sum / QUADRATURE_POINTS;
  }
  inputs = {
    lambda,
    reductions: Float64Array.from(model.effects, (e) => e.reduction.mean),
    perBreach: model.perBreach.mean,
    amplifierProbabilities: model.amplifierProbabilities,
    amplifierMeans: model.amplifierMeans,
  };
  meansOf.set(model, inputs);
  return inputs;
}

/**
 * A vendor's expected annual loss in closed form: with `coverage[k]` the coverage of the
 * catalogue's control k (0 for none) and every slot's multiplier the product over the
 * controls in catalogue order of `1 - reduction x coverage`,
 * `lambda x sum_v share_v m_v x (perBreach x sum_c share_c m_c + sum_a q_a E[A_a] m_a)`.
 * The inputs are independent and each effect enters each product once, so this is the
 * expected loss over the parameter draws exactly, and the simulation's conditional
 * estimate converges to it.
 *
 * @example
 * expectedLossOf(model, meanInputs(model), model.vendors[0].controlCoverage); // the first vendor's expected loss
 * expectedLossOf(model, meanInputs(model), new Float64Array(model.controls.length)); // with no controls
 */
export function expectedLossOf(model: Model, inputs: FormulaInputs, coverage: ArrayLike<number>): number {
  const multipliers = new Float64Array(model.slotCount).fill(1);
  model.controls.forEach((control, k) => {
    const c = coverage[k];
    if (c === 0) return;
    for (const e of control.effects) {
      for (const slot of model.effects[e].slots) multipliers[slot] = multipliers[slot] * (1 - inputs.reductions[e] * c);
    }
  });
  const vectorCount = model.vectorShares.length;
  const componentCount = model.componentShares.length;
  let surviving = 0;
  for (let v = 0; v < vectorCount; v++) surviving = surviving + model.vectorShares[v] * multipliers[v];
  let factor = 0;
  for (let c = 0; c < componentCount; c++) factor = factor + model.componentShares[c] * multipliers[vectorCount + c];
  let amplified = 0;
  for (let a = 0; a < inputs.amplifierProbabilities.length; a++) {
    amplified = amplified + inputs.amplifierProbabilities[a] * inputs.amplifierMeans[a] * multipliers[vectorCount + componentCount + a];
  }
  return inputs.lambda * surviving * (inputs.perBreach * factor + amplified);
}

/** Every vendor's expected loss at `inputs`, with its own controls. */
export function expectedLosses(model: Model, inputs: FormulaInputs = meanInputs(model)): number[] {
  return model.vendors.map((v) => expectedLossOf(model, inputs, v.controlCoverage));
}

/**
 * The candidates (every vendor but the reference) by price plus exact expected loss,
 * lowest first, as vendor indices; equal costs keep the scenario's order.
 *
 * @example
 * exactRanking(model, expectedLosses(model)); // [2, 1, 3, 4]
 */
export function exactRanking(model: Model, losses: readonly number[]): number[] {
  return model.vendors
    .map((v, j) => ({ j, cost: v.annualPrice + losses[j], reference: v.reference }))
    .filter((v) => !v.reference)
    .sort((x, y) => x.cost - y.cost || x.j - y.j)
    .map((v) => v.j);
}
