import type { Analysis } from './analysis.js';
import { addInto } from './sums.js';

/** Trials in which each vendor is strictly the cheapest candidate. */
export interface CheapestPartial {
  trials: number;
  cheapest: Float64Array;
}

/**
 * Per vendor, the share of trials in which its price plus its expected loss given the
 * trial's parameter draws is strictly lower than every other candidate's (a tie counts
 * for nobody; the reference vendor is never a candidate, so its share is 0).
 *
 * @example
 * cheapestCounts.finish(partial, context); // [0, 0.55, 0.31, 0.14]
 */
export const cheapestCounts: Analysis<CheapestPartial, number[]> = {
  name: 'cheapest',
  accumulate(columns, { model }) {
    const { trials, expected } = columns;
    const cheapest = new Float64Array(model.vendors.length);
    const prices = model.vendors.map((v) => v.annualPrice);
    const candidates = model.vendors.flatMap((v, j) => (v.reference ? [] : [j]));
    if (candidates.length > 0) {
      for (let t = 0; t < trials; t++) {
        let best = candidates[0];
        let bestCost = prices[best] + expected[best][t];
        let tie = false;
        for (let i = 1; i < candidates.length; i++) {
          const j = candidates[i];
          const cost = prices[j] + expected[j][t];
          if (cost < bestCost) {
            best = j;
            bestCost = cost;
            tie = false;
          } else if (cost === bestCost) tie = true;
        }
        if (!tie) cheapest[best]++;
      }
    }
    return { trials, cheapest };
  },
  merge: (left, right) => ({ trials: left.trials + right.trials, cheapest: addInto(left.cheapest, right.cheapest) }),
  finish: (p) => Array.from(p.cheapest, (x) => x / p.trials),
};
