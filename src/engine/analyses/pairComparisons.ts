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
    for (let p = 0; p < count; p++) {
      const a = pairs[p][0];
      const b = pairs[p][1];
      if (trials > 0) {
        const tally = conditionalTally(expected[a], expected[b], model.vendors[a].annualPrice, model.vendors[b].annualPrice, trials);
        setShifted(conditional, p, tally.shift, tally.sum, tally.squares);
        cheaper[p] = tally.cheaper;
      }
      const sample = sampleTally(losses[a], lossTrials[a], losses[b], lossTrials[b]);
      sumDifference[p] = sample.sum;
      sumSquaredDifference[p] = sample.squares;
      lower[p] = sample.lower;
    }
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

/**
 * Over a block's trials, the shifted sums of (ea - eb) (shift: the first trial's) and the
 * trials in which a's price plus expected loss is strictly lower than b's.
 */
function conditionalTally(ea: Float64Array, eb: Float64Array, priceA: number, priceB: number, trials: number) {
  const shift = ea[0] - eb[0];
  let sum = 0;
  let squares = 0;
  let cheaper = 0;
  for (let t = 0; t < trials; t++) {
    const x = ea[t];
    const y = eb[t];
    const d = x - y - shift;
    sum += d;
    squares += d * d;
    if (priceA + x < priceB + y) cheaper++;
  }
  return { shift, sum, squares, cheaper };
}

/** The largest trial index a block can have, plus one: the end of a sparse column. */
const END = 0x7fffffff;

/**
 * Over the years in trial order where a or b loses (the others add a difference of 0),
 * the sum of (a - b), of its square, and the years a loses strictly less.
 */
function sampleTally(la: Float64Array, ta: Int32Array, lb: Float64Array, tb: Int32Array) {
  const na = la.length;
  const nb = lb.length;
  let i = 0;
  let k = 0;
  let sum = 0;
  let squares = 0;
  let lower = 0;
  let nextA = na > 0 ? ta[0] : END;
  let nextB = nb > 0 ? tb[0] : END;
  while (nextA !== END || nextB !== END) {
    let x = 0;
    let y = 0;
    if (nextA <= nextB) {
      x = la[i++];
      if (nextA === nextB) y = lb[k++];
    } else y = lb[k++];
    const d = x - y;
    sum += d;
    squares += d * d;
    if (x < y) lower++;
    nextA = i < na ? ta[i] : END;
    nextB = k < nb ? tb[k] : END;
  }
  return { sum, squares, lower };
}
