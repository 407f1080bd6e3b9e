import type { Model } from '../model/compileModel.js';
import type { BlockColumns } from '../simulate/blockColumns.js';
import { decisionBasis } from '../exact/decisionBasis.js';
import type { ModelInput } from '../exact/modelInputs.js';
import { noMoments, shiftedInto, type Moments } from './moments.js';

/**
 * Equal-probability bins of each uncertain input in the value-of-information and
 * variance-share estimators. Draws are by inversion, so bin b of the input's uniform,
 * [b/50, (b+1)/50), is the b-th 2% of the input's distribution.
 */
export const DECISION_BINS = 50;

/**
 * One block's tallies of the candidates' decision costs (price plus expected loss given
 * the trial's parameter draws), `d_c = cost_c - cost_leader` for candidate c in exact
 * ranking order (c = 0 the leader, so d_0 = 0):
 * - `binTrials[i x 50 + b]`: trials in bin b of uncertain input i;
 * - `binDifferences[(i x 50 + b) x C + c]`: the sum of d_c over them;
 * - `differences`: the moments of every d_c;
 * - `regret`, `regretSquares`: the sum over trials of d_leader - min_c d_c (= -min_c d_c)
 *   and of its square;
 * - `ranks[c x C + r]`: trials in which candidate c ranks r (0 the cheapest; equal costs
 *   in ranking order).
 */
export interface DecisionTallies {
  trials: number;
  binTrials: Float64Array;
  binDifferences: Float64Array;
  differences: Moments;
  regret: number;
  regretSquares: number;
  ranks: Float64Array;
}

/** The uncertain inputs, in `modelInputs` order: those the estimators bin on. */
export function uncertainInputs(model: Model): ModelInput[] {
  return decisionBasis(model).inputs.filter((input) => input.kind === 'uncertain');
}

const talliesOf = new WeakMap<BlockColumns, DecisionTallies>();

/**
 * The block's decision tallies, computed once per block however many analyses read them.
 * Callers copy what they keep: the tallies are shared.
 *
 * @example
 * decisionTallies(columns, model).regret / columns.trials; // this block's estimate of the EVPI
 */
export function decisionTallies(columns: BlockColumns, model: Model): DecisionTallies {
  let tallies = talliesOf.get(columns);
  if (tallies) return tallies;
  const { ranking } = decisionBasis(model);
  const inputs = uncertainInputs(model);
  const { trials, expected } = columns;
  const candidates = ranking.length;
  const bins = DECISION_BINS;
  const binTrials = new Float64Array(inputs.length * bins);
  const binDifferences = new Float64Array(inputs.length * bins * candidates);
  const ranks = new Float64Array(candidates * candidates);
  const differences = noMoments(candidates);
  differences.count = trials;
  let regret = 0;
  let regretSquares = 0;
  if (candidates > 0) {
    const leader = ranking[0];
    const priceGap = ranking.map((j) => model.vendors[j].annualPrice - model.vendors[leader].annualPrice);
    const d = ranking.map(() => new Float64Array(trials));
    for (let c = 0; c < candidates; c++) {
      const own = expected[ranking[c]];
      const lead = expected[leader];
      const column = d[c];
      for (let t = 0; t < trials; t++) column[t] = priceGap[c] + (own[t] - lead[t]);
    }
    d.forEach((column, c) => shiftedInto(differences, c, column));
    const order = new Int32Array(candidates);
    for (let t = 0; t < trials; t++) {
      let lowest = 0;
      for (let c = 1; c < candidates; c++) if (d[c][t] < lowest) lowest = d[c][t];
      regret += -lowest;
      regretSquares += lowest * lowest;
      // Insertion sort of the candidates by cost: stable, so equal costs keep ranking order.
      for (let c = 0; c < candidates; c++) {
        let at = c;
        while (at > 0 && d[order[at - 1]][t] > d[c][t]) {
          order[at] = order[at - 1];
          at--;
        }
        order[at] = c;
      }
      for (let r = 0; r < candidates; r++) ranks[order[r] * candidates + r]++;
    }
    inputs.forEach((input, i) => {
      const uniforms = columns.uniforms(input.role!);
      for (let t = 0; t < trials; t++) {
        const b = Math.min(bins - 1, Math.floor(uniforms[t] * bins));
        const cell = i * bins + b;
        binTrials[cell]++;
        const at = cell * candidates;
        for (let c = 1; c < candidates; c++) binDifferences[at + c] += d[c][t];
      }
    });
  }
  tallies = { trials, binTrials, binDifferences, differences, regret, regretSquares, ranks };
  talliesOf.set(columns, tallies);
  return tallies;
}
