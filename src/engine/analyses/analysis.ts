import type { Model } from '../model/compileModel.js';
import type { BlockColumns } from '../simulate/blockColumns.js';

/** What every analysis of a run may read beside the block: the model and the run's choices. */
export interface AnalysisContext {
  model: Model;
  /** The vendor pairs compared (indices a < b, in pair order): see `comparedPairs`. */
  pairs: readonly (readonly [number, number])[];
}

/**
 * One statistic of a run, as a reducer over its blocks:
 * - `accumulate` reads one block's columns (in the worker that simulated it) and returns a
 *   compact partial: plain numbers and typed arrays, so that it crosses a worker boundary
 *   by `postMessage` and `structuredClone`;
 * - `merge(left, right)` combines the partials of consecutive blocks, `left` before `right`;
 *   a run folds them left in block order, `merge(merge(p0, p1), p2)`, so any arrival order
 *   and any number of workers give the same bits (floating-point sums are not associative:
 *   the fixed fold is what makes them equal);
 * - `finish` turns the fold of blocks 0 to k into the figures over those trials.
 *
 * @example
 * const p0 = analysis.accumulate(simulateBlock(model, 0), context);
 * const p1 = analysis.accumulate(simulateBlock(model, 1), context);
 * analysis.finish(analysis.merge(p0, p1, context), context); // the statistic over 20,000 trials
 */
export interface Analysis<Partial, Output> {
  /** The key of its output among a run's outputs. */
  readonly name: string;
  accumulate(columns: BlockColumns, context: AnalysisContext): Partial;
  merge(left: Partial, right: Partial, context: AnalysisContext): Partial;
  finish(partial: Partial, context: AnalysisContext): Output;
}

/** The partial type of an analysis. */
export type PartialOf<A> = A extends Analysis<infer P, unknown> ? P : never;
/** The output type of an analysis. */
export type OutputOf<A> = A extends Analysis<unknown, infer O> ? O : never;
