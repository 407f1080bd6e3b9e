import { exp, log } from '../math/index.js';
import type { Analysis } from './analysis.js';
import { mergeMoments, noMoments, setShifted, standardErrorOf, type Moments } from './moments.js';
import { expectedMoments } from './expectedMoments.js';

/** z of a two-sided 95% band: Phi^-1(0.975). */
export const Z_95 = 1.959963984540054;

/** The most points a convergence curve keeps (every block up to this many blocks). */
export const CONVERGENCE_POINTS = 100;

/** Each block's moments, conditional and sample, per vendor. */
export interface ConvergencePartial {
  blocks: { trials: number; conditional: Moments; sample: Moments }[];
}

/** A running mean against trials and its 95% band (mean -/+ 1.96 standard errors). */
export interface RunningMean {
  mean: number[];
  low: number[];
  high: number[];
}

/**
 * How the estimates settled as the run went on: at each checkpoint (the end of every
 * block, or of up to 100 blocks spaced evenly on a log scale for long runs, the last
 * always included), each vendor's running mean and 95% band, for the conditional
 * estimate and for the sample mean of the simulated years.
 */
export interface Convergence {
  /** Trials run at each checkpoint. */
  trials: number[];
  vendors: { id: string; conditional: RunningMean; sample: RunningMean }[];
}

/**
 * The convergence of every vendor's expected loss: the running conditional and sample
 * means with their 95% bands, at block boundaries. The partial keeps a few numbers per
 * vendor per block.
 *
 * @example
 * const c = convergence.finish(partial, context);
 * c.trials; // [10000, 20000, ..., 1000000]
 * c.vendors[1].conditional.high[0] - c.vendors[1].conditional.low[0]; // the band after one block
 */
export const convergence: Analysis<ConvergencePartial, Convergence> = {
  name: 'convergence',
  accumulate(columns, { model }) {
    const vendorCount = model.vendors.length;
    const sample = noMoments(vendorCount);
    sample.count = columns.trials;
    for (let j = 0; j < vendorCount; j++) {
      // The block's years: the non-zero losses and (trials - their count) zeros, shifted by 0.
      const losses = columns.losses[j];
      let s1 = 0;
      let s2 = 0;
      for (let i = 0; i < losses.length; i++) {
        s1 += losses[i];
        s2 += losses[i] * losses[i];
      }
      setShifted(sample, j, 0, s1, s2);
    }
    return { blocks: [{ trials: columns.trials, conditional: expectedMoments(columns), sample }] };
  },
  merge(left, right) {
    left.blocks.push(...right.blocks);
    return left;
  },
  finish(p, { model }) {
    const checkpoints = checkpointsOf(p.blocks.length);
    const trials: number[] = [];
    const curves = model.vendors.map((v) => ({ id: v.id, conditional: emptyCurve(), sample: emptyCurve() }));
    let conditional = noMoments(model.vendors.length);
    let sample = noMoments(model.vendors.length);
    let next = 0;
    p.blocks.forEach((block, b) => {
      conditional = mergeMoments(conditional, block.conditional);
      sample = mergeMoments(sample, block.sample);
      if (checkpoints[next] !== b) return;
      next++;
      trials.push(conditional.count);
      curves.forEach((curve, j) => {
        push(curve.conditional, conditional, j);
        push(curve.sample, sample, j);
      });
    });
    return { trials, vendors: curves };
  },
};

/**
 * The blocks (0-based) after which a curve of `blocks` blocks has a point: all of them
 * up to `CONVERGENCE_POINTS`, else that many spaced evenly in log(trials), the last included.
 *
 * @example
 * checkpointsOf(3); // [0, 1, 2]
 * checkpointsOf(10_000).length; // at most 100, ending with 9999
 */
export function checkpointsOf(blocks: number): number[] {
  if (blocks <= CONVERGENCE_POINTS) return Array.from({ length: blocks }, (_, b) => b);
  const points = new Set<number>();
  for (let k = 0; k < CONVERGENCE_POINTS; k++) points.add(Math.round(exp((log(blocks) * k) / (CONVERGENCE_POINTS - 1))) - 1);
  return [...points].filter((b) => b >= 0 && b < blocks).sort((x, y) => x - y);
}

function emptyCurve(): RunningMean {
  return { mean: [], low: [], high: [] };
}

function push(curve: RunningMean, moments: Moments, j: number): void {
  const mean = moments.mean[j];
  const half = Z_95 * standardErrorOf(moments, j);
  curve.mean.push(mean);
  curve.low.push(mean - half);
  curve.high.push(mean + half);
}

