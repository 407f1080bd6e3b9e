import { decisionBasis } from '../exact/decisionBasis.js';
import type { Analysis } from './analysis.js';
import { DECISION_BINS, decisionTallies, uncertainInputs, type DecisionTallies } from './decisionTallies.js';
import { mergeMoments } from './moments.js';
import { addInto } from './sums.js';

/** The tallies the value of information reads: a block's `DecisionTallies` but the ranks. */
export type InformationPartial = Omit<DecisionTallies, 'ranks'>;

/** One uncertain input's expected value of partial perfect information. */
export interface InputInformation {
  input: string;
  label: string;
  /** In money a year: what knowing this input exactly before choosing is worth in expectation. */
  evppi: number;
  /** The most the estimator's sampling noise can add to `evppi` (it is biased upward). */
  bias: number;
  /** `evppi` is at most `bias`: indistinguishable from zero, not worth researching on this evidence. */
  withinNoise: boolean;
}

/**
 * The expected value of perfect information for the vendor choice (EVPI) and of each
 * uncertain input (EVPPI), in money a year. `chosen` is the vendor chosen now (lowest
 * exact price plus expected loss). Plain-number inputs are treated as known, so they
 * have none: `plainInputs` lists them (their influence is in the tornado and the
 * switching values).
 */
export interface ValueOfInformation {
  chosen: string | null;
  evpi: number;
  evpiStandardError: number;
  bins: number;
  /** Ranked, the largest first. */
  inputs: InputInformation[];
  plainInputs: string[];
}

/**
 * EVPI is the mean over trials of the chosen vendor's decision cost minus the lowest in
 * that trial. EVPPI of input i is Strong and Oakley's (2013) sort-and-bin estimator on the
 * input's uniform: in each of 50 equal-probability bins, the chosen vendor's mean cost
 * minus the lowest mean cost, weighted by the bin's trials. Always 0 <= EVPPI <= EVPI
 * (a maximum of means is at most the mean of maxima). Its upward bias from noise in the
 * bins' means is at most sum over other candidates c of sd(d_c) x sum_b sqrt(n_b) /
 * (N sqrt(2 pi)), which is `bias` (about sum_c sd(d_c) / 112 at 100,000 trials); the
 * bins' width biases it downward by what the input's value varies within 2% of its
 * distribution.
 *
 * @example
 * const voi = valueOfInformation.finish(partial, context);
 * voi.inputs[0]; // { input: 'effect:mfa:0', label: 'Effect of MFA', evppi: 41200, bias: 3100, withinNoise: false }
 */
export const valueOfInformation: Analysis<InformationPartial, ValueOfInformation> = {
  name: 'valueOfInformation',
  accumulate(columns, { model }) {
    const t = decisionTallies(columns, model);
    return {
      trials: t.trials,
      binTrials: Float64Array.from(t.binTrials),
      binDifferences: Float64Array.from(t.binDifferences),
      differences: { count: t.differences.count, mean: Float64Array.from(t.differences.mean), squares: Float64Array.from(t.differences.squares) },
      regret: t.regret,
      regretSquares: t.regretSquares,
    };
  },
  merge: (left, right) => ({
    trials: left.trials + right.trials,
    binTrials: addInto(left.binTrials, right.binTrials),
    binDifferences: addInto(left.binDifferences, right.binDifferences),
    differences: mergeMoments(left.differences, right.differences),
    regret: left.regret + right.regret,
    regretSquares: left.regretSquares + right.regretSquares,
  }),
  finish(p, { model }) {
    const { ranking, leader, inputs } = decisionBasis(model);
    const n = p.trials;
    const candidates = ranking.length;
    const evpi = n > 0 ? p.regret / n : 0;
    const variance = n > 1 ? Math.max(0, (p.regretSquares - n * evpi * evpi) / (n - 1)) : 0;
    let spread = 0;
    for (let c = 1; c < candidates; c++) spread += n > 1 ? Math.sqrt(p.differences.squares[c] / (n - 1)) : 0;
    const uncertain = uncertainInputs(model);
    const bins = DECISION_BINS;
    const information = uncertain.map((input, i): InputInformation => {
      let value = 0;
      let roots = 0;
      for (let b = 0; b < bins; b++) {
        const cell = i * bins + b;
        roots += Math.sqrt(p.binTrials[cell]);
        let lowest = 0;
        for (let c = 1; c < candidates; c++) lowest = Math.min(lowest, p.binDifferences[cell * candidates + c]);
        value += -lowest;
      }
      const evppi = n > 0 ? value / n : 0;
      const bias = n > 0 ? (spread * roots) / (n * Math.sqrt(2 * Math.PI)) : 0;
      return { input: input.id, label: input.label, evppi, bias, withinNoise: !(evppi > bias) };
    });
    return {
      chosen: leader < 0 ? null : model.vendors[leader].id,
      evpi,
      evpiStandardError: n > 0 ? Math.sqrt(variance / n) : 0,
      bins,
      inputs: information.sort((x, y) => y.evppi - x.evppi),
      plainInputs: inputs.filter((input) => input.kind === 'plain').map((input) => input.id),
    };
  },
};
