import { log1p } from '../math/index.js';
import { poisson, poissonQuantile } from '../distributions/index.js';
import { streamKey, uniformStream, type Uniform } from '../random.js';
import { BLOCK_TRIALS } from '../version.js';
import type { Model } from '../model/compileModel.js';
import { pairCount, type BlockResult } from './blockResult.js';

/** Options of `simulateBlock`. */
export interface SimulateOptions {
  /**
   * Also keep every trial's annual loss and risk-adjusted cost per vendor (dense arrays,
   * 16 bytes a trial a vendor): for paired per-trial analyses and tests, not for big runs.
   */
  perTrial?: boolean;
}

/** The largest double below 1: an incidence drawn at 1 is read as this, so lambda stays finite. */
const ALMOST_ONE = 1 - 2 ** -53;

/**
 * Simulates block `block` of a run: trials `block x 10,000` up to the next block or the
 * end of the run, one simulated year each, for every vendor on the same events.
 *
 * Per trial: draw the uncertain parameters (the incidence or rate when it is a
 * distribution, and one reduction per control effect some vendor uses, each from its
 * own stream keyed by the control's id), draw the baseline breaches
 * `N ~ Poisson(lambda)`, and give each one a vector, a base loss, and an occurrence
 * and an amount for every amplifier. A breach of vector `v` survives a vendor when its
 * one survival uniform is below the vendor's `prod(1 - r x coverage)` on `v`; a surviving
 * breach costs `L x sum_k share_k m_k + sum_(a occurs) amount_a m_a`.
 *
 * Every draw depends only on the seed, the block and the stream's role, never on the
 * vendors present or the thread running the block.
 *
 * @example
 * const result = simulateBlock(compileModel(scenario), 0);
 * result.trials; // 10000 (or the run's trials, if fewer)
 */
export function simulateBlock(model: Model, block: number, options: SimulateOptions = {}): BlockResult {
  const first = block * BLOCK_TRIALS;
  const trials = Math.max(0, Math.min(BLOCK_TRIALS, model.trials - first));
  const vendorCount = model.vendors.length;
  const slotCount = model.slotCount;
  const vectorCount = model.vectorNames.length;
  const componentStart = vectorCount;
  const componentCount = model.componentShares.length;
  const amplifierStart = componentStart + componentCount;
  const amplifierCount = model.amplifierNames.length;
  const { vectorShares, vectorCumulative, componentShares, amplifierProbabilities, amplifierAmounts, perBreach } = model;
  const meanPerBreach = perBreach.mean;
  const amplifierExpected = Float64Array.from(amplifierProbabilities, (q, a) => q * model.amplifierMeans[a]);

  const events = uniformStream(streamKey(model.seed, block, 'events'));
  const frequencyStream = model.frequencyFixed ? null : uniformStream(streamKey(model.seed, block, 'frequency'));

  // Reductions: fixed ones once, drawn ones from their own streams, only if some vendor uses them.
  const used = new Uint8Array(model.effects.length);
  for (const vendor of model.vendors) for (let k = 1; k < vendor.factors.length; k += 3) used[vendor.factors[k]] = 1;
  const reductions = new Float64Array(model.effects.length);
  const drawn: { effect: number; stream: Uniform; quantile: (u: number) => number }[] = [];
  model.effects.forEach((effect, e) => {
    if (effect.fixed) reductions[e] = effect.reduction.mean;
    else if (used[e]) {
      const stream = uniformStream(streamKey(model.seed, block, effect.streamRole));
      drawn.push({ effect: e, stream, quantile: (u) => effect.reduction.quantile(u) });
    }
  });

  const fixedLambda = model.frequencyFixed ? lambdaOf(model, model.frequency.mean) : 0;
  const fixedPoisson = model.frequencyFixed ? poisson(fixedLambda) : null;

  const multipliers = new Float64Array(vendorCount * slotCount).fill(1);
  const baseFactor = new Float64Array(vendorCount);
  const cost = new Float64Array(vendorCount);
  const annual = new Float64Array(vendorCount);
  const counts = new Int32Array(vendorCount);
  const prices = Float64Array.from(model.vendors, (v) => v.annualPrice);
  const amplifierAmount = new Float64Array(amplifierCount);
  const amplifierOccurs = new Uint8Array(amplifierCount);

  const lossBuffers = model.vendors.map(() => new Float64Array(trials));
  const lossCounts = new Int32Array(vendorCount);
  const pairs = pairCount(vendorCount);
  const result: BlockResult = {
    block,
    trials,
    losses: [],
    breachYears: new Float64Array(vendorCount),
    breaches: new Float64Array(vendorCount),
    cheapest: new Float64Array(vendorCount),
    pairSumDifference: new Float64Array(pairs),
    pairSumSquaredDifference: new Float64Array(pairs),
    pairLower: new Float64Array(pairs),
    pairCheaper: new Float64Array(pairs),
    maxBaselineLoss: 0,
    uniformDraws: 0,
  };
  let eventCount = 0;
  const perTrialLosses = options.perTrial ? model.vendors.map(() => new Float64Array(trials)) : null;
  const perTrialCosts = options.perTrial ? model.vendors.map(() => new Float64Array(trials)) : null;

  // The no-controls loss factor, computed as a vendor without controls would.
  let baselineFactor = 0;
  for (let c = 0; c < componentCount; c++) baselineFactor += componentShares[c];

  for (let t = 0; t < trials; t++) {
    const lambda = frequencyStream ? lambdaOf(model, model.frequency.quantile(frequencyStream())) : fixedLambda;
    for (let d = 0; d < drawn.length; d++) reductions[drawn[d].effect] = drawn[d].quantile(drawn[d].stream());

    for (let j = 0; j < vendorCount; j++) {
      const factors = model.vendors[j].factors;
      const base = j * slotCount;
      for (let k = 0; k < factors.length; k += 3) multipliers[base + factors[k]] = 1;
      for (let k = 0; k < factors.length; k += 3) {
        multipliers[base + factors[k]] *= 1 - reductions[factors[k + 1]] * factors[k + 2];
      }
      let survivingShare = 0;
      for (let v = 0; v < vectorCount; v++) survivingShare += vectorShares[v] * multipliers[base + v];
      let factor = 0;
      for (let c = 0; c < componentCount; c++) factor += componentShares[c] * multipliers[base + componentStart + c];
      let amplified = 0;
      for (let a = 0; a < amplifierCount; a++) amplified += amplifierExpected[a] * multipliers[base + amplifierStart + a];
      baseFactor[j] = factor;
      cost[j] = prices[j] + lambda * survivingShare * (meanPerBreach * factor + amplified);
      annual[j] = 0;
      counts[j] = 0;
    }

    const n = fixedPoisson ? fixedPoisson.quantile(events()) : poissonQuantile(events(), lambda);
    let baseline = 0;
    for (let i = 0; i < n; i++) {
      const uVector = events();
      let vector = 0;
      while (uVector >= vectorCumulative[vector]) vector++;
      const loss = perBreach.quantile(events());
      const uSurvive = events();
      let amplifiedLoss = 0;
      for (let a = 0; a < amplifierCount; a++) {
        const occurs = events() < amplifierProbabilities[a];
        const amount = amplifierAmounts[a].quantile(events());
        amplifierOccurs[a] = occurs ? 1 : 0;
        amplifierAmount[a] = amount;
        if (occurs) amplifiedLoss += amount;
      }
      baseline += loss * baselineFactor + amplifiedLoss;
      for (let j = 0; j < vendorCount; j++) {
        const base = j * slotCount;
        if (uSurvive < multipliers[base + vector]) {
          let eventLoss = loss * baseFactor[j];
          for (let a = 0; a < amplifierCount; a++) {
            if (amplifierOccurs[a]) eventLoss += amplifierAmount[a] * multipliers[base + amplifierStart + a];
          }
          annual[j] += eventLoss;
          counts[j]++;
        }
      }
    }
    eventCount += n;
    if (baseline > result.maxBaselineLoss) result.maxBaselineLoss = baseline;

    if (perTrialLosses && perTrialCosts) {
      for (let j = 0; j < vendorCount; j++) {
        perTrialLosses[j][t] = annual[j];
        perTrialCosts[j][t] = cost[j];
      }
    }
    for (let j = 0; j < vendorCount; j++) {
      if (annual[j] > 0) lossBuffers[j][lossCounts[j]++] = annual[j];
      if (counts[j] > 0) result.breachYears[j]++;
      result.breaches[j] += counts[j];
    }
    let p = 0;
    for (let a = 0; a < vendorCount; a++) {
      for (let b = a + 1; b < vendorCount; b++, p++) {
        if (n > 0) {
          const difference = annual[a] - annual[b];
          result.pairSumDifference[p] += difference;
          result.pairSumSquaredDifference[p] += difference * difference;
          if (annual[a] < annual[b]) result.pairLower[p]++;
        }
        if (cost[a] < cost[b]) result.pairCheaper[p]++;
      }
    }
    let best = 0;
    let tie = false;
    for (let j = 1; j < vendorCount; j++) {
      if (cost[j] < cost[best]) {
        best = j;
        tie = false;
      } else if (cost[j] === cost[best]) tie = true;
    }
    if (!tie && vendorCount > 0) result.cheapest[best]++;
  }

  if (perTrialLosses && perTrialCosts) result.perTrial = { losses: perTrialLosses, costs: perTrialCosts };
  result.losses = lossBuffers.map((buffer, j) => buffer.slice(0, lossCounts[j]));
  result.uniformDraws =
    trials * (1 + drawn.length + (frequencyStream ? 1 : 0)) + eventCount * (3 + 2 * amplifierCount);
  return result;
}

/** Breaches a year for an incidence or rate drawn for one trial. */
function lambdaOf(model: Model, value: number): number {
  if (model.frequencyKind === 'rate') return value * model.channelShare;
  return -log1p(-Math.min(value, ALMOST_ONE)) * model.channelShare;
}
