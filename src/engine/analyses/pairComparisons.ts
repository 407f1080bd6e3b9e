import type { Comparison } from '../results.js';
import type { Analysis } from './analysis.js';
import { mergeMoments, noMoments, setShifted, standardErrorOf, type Moments } from './moments.js';
import { addInto } from './sums.js';

/** Paired tallies of the compared pairs (in the order of `context.pairs`). */
export interface PairsPartial {
  trials: number;
  /** Of (expected loss a - expected loss b) given each trial's parameter draws. */
  conditional: Moments;
  /** Sum of (annual loss a - annual loss b) over trials, and of its square. */
  sumDifference: Float64Array;
  sumSquaredDifference: Float64Array;
  /** Trials in which a's annual loss is strictly lower than b's. */
  lower: Float64Array;
  /** Trials in which a's price plus conditional expected loss is strictly lower than b's. */
  cheaper: Float64Array;
}

/**
 * Paired comparisons on common random numbers, for the pairs `context.pairs` names: the
 * mean difference of the conditional expected losses and its paired standard error, the
 * same for the simulated years, and how often each of the two is lower or cheaper.
 * Per block: one pass over the trials of both expected-loss columns, and one merge of the
 * two vendors' sparse losses (a trial where neither loses adds nothing), so the cost is
 * O(trials + losses) a pair, outside the simulation's loop.
 *
 * @example
 * pairComparisons.finish(partial, context)[0]; // { a: 'none', b: 'bluepeak', meanDifference: 4.1e6, ... }
 */
export const pairComparisons: Analysis<PairsPartial, Comparison[]> = {
  name: 'comparisons',
  accumulate(columns, { model, pairs }) {
    const { trials, expected, losses, lossTrials } = columns;
    const count = pairs.length;
    const conditional = noMoments(count);
    conditional.count = trials;
    const sumDifference = new Float64Array(count);
    const sumSquaredDifference = new Float64Array(count);
    const lower = new Float64Array(count);
    const cheaper = new Float64Array(count);
    pairs.forEach(([a, b], p) => {
      const ea = expected[a];
      const eb = expected[b];
      const priceA = model.vendors[a].annualPrice;
      const priceB = model.vendors[b].annualPrice;
      if (trials > 0) {
        const shift = ea[0] - eb[0];
        let sum = 0;
        let squares = 0;
        let cheaperCount = 0;
        for (let t = 0; t < trials; t++) {
          const d = ea[t] - eb[t] - shift;
          sum += d;
          squares += d * d;
          if (priceA + ea[t] < priceB + eb[t]) cheaperCount++;
        }
        setShifted(conditional, p, shift, sum, squares);
        cheaper[p] = cheaperCount;
      }
      // The years in trial order where either loses: the others add a difference of 0.
      const la = losses[a];
      const lb = losses[b];
      const ta = lossTrials[a];
      const tb = lossTrials[b];
      let i = 0;
      let k = 0;
      let s = 0;
      let s2 = 0;
      let lowerCount = 0;
      while (i < la.length || k < lb.length) {
        const nextA = i < la.length ? ta[i] : Infinity;
        const nextB = k < lb.length ? tb[k] : Infinity;
        const x = nextA <= nextB ? la[i++] : 0;
        const y = nextB <= nextA ? lb[k++] : 0;
        const d = x - y;
        s += d;
        s2 += d * d;
        if (x < y) lowerCount++;
      }
      sumDifference[p] = s;
      sumSquaredDifference[p] = s2;
      lower[p] = lowerCount;
    });
    return { trials, conditional, sumDifference, sumSquaredDifference, lower, cheaper };
  },
  merge: (left, right) => ({
    trials: left.trials + right.trials,
    conditional: mergeMoments(left.conditional, right.conditional),
    sumDifference: addInto(left.sumDifference, right.sumDifference),
    sumSquaredDifference: addInto(left.sumSquaredDifference, right.sumSquaredDifference),
    lower: addInto(left.lower, right.lower),
    cheaper: addInto(left.cheaper, right.cheaper),
  }),
  finish(p, { model, pairs }) {
    const n = p.trials;
    return pairs.map(([a, b], k): Comparison => {
      const sampleDifference = p.sumDifference[k] / n;
      const variance = n > 1 ? Math.max(0, (p.sumSquaredDifference[k] - n * sampleDifference * sampleDifference) / (n - 1)) : 0;
      return {
        a: model.vendors[a].id,
        b: model.vendors[b].id,
        meanDifference: p.conditional.mean[k],
        standardError: standardErrorOf(p.conditional, k),
        probabilityALower: p.lower[k] / n,
        probabilityACheaper: p.cheaper[k] / n,
        sample: { meanDifference: sampleDifference, standardError: Math.sqrt(variance / n) },
      };
    });
  },
};
