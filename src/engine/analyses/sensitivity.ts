import { decisionBasis } from '../exact/decisionBasis.js';
import { perModel } from '../exact/perModel.js';
import { tornadoesOf, type Tornado } from '../exact/tornado.js';
import type { Analysis } from './analysis.js';
import { DECISION_BINS, decisionTallies, uncertainInputs } from './decisionTallies.js';
import { mergeMoments, type Moments } from './moments.js';
import { addInto } from './sums.js';

/** The tornadoes of a model, computed once however many updates a run paints. */
const tornadoesOfModel = perModel((model) => tornadoesOf(model));

/** The tallies the variance shares read: per input and bin, trials and the sum of the decision's cost difference. */
export interface SensitivityPartial {
  trials: number;
  binTrials: Float64Array;
  /** Per input and bin: the sum of (runner-up's cost - leader's cost). */
  binGap: Float64Array;
  /** The moments of that difference. */
  gap: Moments;
}

/** One uncertain input's first-order share of the variance of the decision's cost difference. */
export interface VarianceShare {
  input: string;
  label: string;
  share: number;
}

/**
 * Which assumption drives the answer: a tornado per vendor (its expected loss) and one for
 * the decision (leader's minus runner-up's price plus expected loss), in closed form; and
 * each uncertain input's first-order share of the variance of the decision's cost
 * difference over the parameter draws, estimated from the trials.
 */
export interface Sensitivity {
  /** How far plain-number inputs moved either way, as a fraction of their value. */
  swing: number;
  vendors: ({ id: string } & Tornado)[];
  decision: ({ a: string; b: string } & Tornado) | null;
  varianceShares: {
    a: string;
    b: string;
    bins: number;
    /** The variance of the cost difference over the parameter draws. */
    variance: number;
    /** The most the binned estimator overstates a share by: bins / trials. */
    bias: number;
    /** The largest first. */
    inputs: VarianceShare[];
  } | null;
}

/**
 * The variance share of input i is Var(E[D | input i]) / Var(D), with E[D | input i]
 * estimated by D's mean in each of 50 equal-probability bins of the input's uniform
 * (first-order Sobol index by binning). The noise in the bins' means adds at most
 * bins / trials to a share (0.0005 at 100,000 trials).
 *
 * @example
 * sensitivity.finish(partial, context).decision!.bars[0]; // the widest bar: { input: 'frequency', swing: 2.1e5, ... }
 */
export const sensitivity: Analysis<SensitivityPartial, Sensitivity> = {
  name: 'sensitivity',
  accumulate(columns, { model }) {
    const t = decisionTallies(columns, model);
    const candidates = decisionBasis(model).ranking.length;
    const binGap = new Float64Array(t.binTrials.length);
    const gap: Moments = { count: t.trials, mean: new Float64Array(1), squares: new Float64Array(1) };
    if (candidates > 1) {
      for (let cell = 0; cell < binGap.length; cell++) binGap[cell] = t.binDifferences[cell * candidates + 1];
      gap.mean[0] = t.differences.mean[1];
      gap.squares[0] = t.differences.squares[1];
    }
    return { trials: t.trials, binTrials: Float64Array.from(t.binTrials), binGap, gap };
  },
  merge: (left, right) => ({
    trials: left.trials + right.trials,
    binTrials: addInto(left.binTrials, right.binTrials),
    binGap: addInto(left.binGap, right.binGap),
    gap: mergeMoments(left.gap, right.gap),
  }),
  finish(p, { model }) {
    const { leader, runnerUp } = decisionBasis(model);
    const { vendors, decision } = tornadoesOfModel(model);
    let varianceShares: Sensitivity['varianceShares'] = null;
    if (runnerUp >= 0 && p.trials > 0) {
      const n = p.trials;
      const mean = p.gap.mean[0];
      const variance = p.gap.squares[0] / n;
      const bins = DECISION_BINS;
      const inputs = uncertainInputs(model).map((input, i): VarianceShare => {
        let between = 0;
        for (let b = 0; b < bins; b++) {
          const count = p.binTrials[i * bins + b];
          if (count === 0) continue;
          const deviation = p.binGap[i * bins + b] / count - mean;
          between += count * deviation * deviation;
        }
        return { input: input.id, label: input.label, share: variance > 0 ? Math.min(1, between / n / variance) : 0 };
      });
      varianceShares = {
        a: model.vendors[leader].id,
        b: model.vendors[runnerUp].id,
        bins,
        variance,
        bias: bins / n,
        inputs: inputs.sort((x, y) => y.share - x.share),
      };
    }
    return { swing: model.swing, vendors, decision, varianceShares };
  },
};
