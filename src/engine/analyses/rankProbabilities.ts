import { decisionBasis } from '../exact/decisionBasis.js';
import type { Analysis } from './analysis.js';
import { decisionTallies } from './decisionTallies.js';
import { addInto } from './sums.js';

/** Trials in which each candidate ranks each place: `ranks[c x C + r]`. */
export interface RanksPartial {
  trials: number;
  ranks: Float64Array;
}

/** Per candidate (in exact ranking order): the chance, over the parameter draws, of each rank, the cheapest first. */
export interface RankProbabilities {
  vendors: { id: string; ranks: number[] }[];
}

/**
 * How likely each candidate is to rank first, second and so on by decision cost given a
 * trial's parameter draws; equal costs are ranked in the exact ranking's order. The first
 * rank is `probabilityCheapest` but for ties (which that counts for nobody).
 *
 * @example
 * rankProbabilities.finish(partial, context).vendors[0]; // { id: 'bluepeak', ranks: [0.55, 0.3, 0.1, 0.05] }
 */
export const rankProbabilities: Analysis<RanksPartial, RankProbabilities> = {
  name: 'rankProbabilities',
  accumulate(columns, { model }) {
    const t = decisionTallies(columns, model);
    return { trials: t.trials, ranks: Float64Array.from(t.ranks) };
  },
  merge: (left, right) => ({ trials: left.trials + right.trials, ranks: addInto(left.ranks, right.ranks) }),
  finish(p, { model }) {
    const { ranking } = decisionBasis(model);
    const c = ranking.length;
    return {
      vendors: ranking.map((j, i) => ({
        id: model.vendors[j].id,
        ranks: Array.from({ length: c }, (_, r) => (p.trials > 0 ? p.ranks[i * c + r] / p.trials : 0)),
      })),
    };
  },
};
