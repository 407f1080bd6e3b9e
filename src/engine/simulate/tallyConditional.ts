import type { Model } from '../model/compileModel.js';
import type { BlockResult } from './blockResult.js';

/** The per-block figures that `tallyConditional` fills. */
export type ConditionalTally = Pick<
  BlockResult,
  | 'cheapest' | 'pairCheaper' | 'conditionalShift' | 'conditionalSum' | 'conditionalSumSquares'
  | 'pairConditionalShift' | 'pairConditionalSum' | 'pairConditionalSumSquares'
>;

/**
 * Tallies a block's expected annual losses given each trial's parameter draws
 * (`expected[j][t]`, from the vendor kernel): per vendor and per pair (a before b) the
 * shifted sums of the losses and of their paired differences, with the block's first
 * trial as the shift (so constant inputs give sums of exactly 0 and a variance of
 * exactly 0); per pair the trials in which a's price plus expected loss is strictly
 * lower than b's; per candidate the trials in which it is strictly the cheapest
 * candidate (a tie counts for nobody; the reference vendor is never a candidate).
 * Sums run in trial order, so the bits are the same wherever the block is computed.
 * Cost: O(trials x vendors^2).
 *
 * @example
 * tallyConditional(model, out.expected, 10_000, result);
 * result.conditionalSum[1] / 10_000 + result.conditionalShift[1]; // vendor 1's mean over the block
 */
export function tallyConditional(model: Model, expected: readonly Float64Array[], trials: number, tally: ConditionalTally): void {
  const vendorCount = model.vendors.length;
  if (trials === 0) return;
  const prices = model.vendors.map((v) => v.annualPrice);
  for (let j = 0; j < vendorCount; j++) {
    const column = expected[j];
    const shift = column[0];
    let sum = 0;
    let squares = 0;
    for (let t = 0; t < trials; t++) {
      const d = column[t] - shift;
      sum += d;
      squares += d * d;
    }
    tally.conditionalShift[j] = shift;
    tally.conditionalSum[j] = sum;
    tally.conditionalSumSquares[j] = squares;
  }
  let p = 0;
  for (let a = 0; a < vendorCount; a++) {
    const ea = expected[a];
    const priceA = prices[a];
    for (let b = a + 1; b < vendorCount; b++, p++) {
      const eb = expected[b];
      const priceB = prices[b];
      const shift = ea[0] - eb[0];
      let sum = 0;
      let squares = 0;
      let cheaper = 0;
      for (let t = 0; t < trials; t++) {
        const d = ea[t] - eb[t] - shift;
        sum += d;
        squares += d * d;
        if (priceA + ea[t] < priceB + eb[t]) cheaper++;
      }
      tally.pairConditionalShift[p] = shift;
      tally.pairConditionalSum[p] = sum;
      tally.pairConditionalSumSquares[p] = squares;
      tally.pairCheaper[p] = cheaper;
    }
  }
  const candidates = model.vendors.flatMap((v, j) => (v.reference ? [] : [j]));
  if (candidates.length === 0) return;
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
    if (!tie) tally.cheapest[best]++;
  }
}
