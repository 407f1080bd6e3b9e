import { fillUniforms, streamKey } from '../random.js';

/**
 * What one simulated block of trials offers the analyses that read it, column by column.
 * Columns are views of buffers the next block reuses: an analysis reads them in
 * `accumulate` and keeps only what it copies (its partial), so nothing is kept that no
 * requested analysis reads.
 */
export interface BlockColumns {
  block: number;
  /** Trials in this block (the last block of a run may be short). */
  trials: number;
  /** Per vendor: the annual losses greater than zero, in trial order (most years lose nothing). */
  losses: Float64Array[];
  /** Per vendor: the trial (0-based, within the block) of each of `losses`. */
  lossTrials: Int32Array[];
  /** Per vendor: the expected annual loss given each trial's parameter draws (`trials` long). */
  expected: Float64Array[];
  /** Per vendor: years with at least one surviving breach. */
  breachYears: Float64Array;
  /** Per vendor: surviving breaches. */
  breaches: Float64Array;
  /** The largest annual loss with no controls at all: an upper bound of every vendor's loss. */
  maxBaselineLoss: number;
  /** Breaches drawn with no controls (before any vendor's controls thin them). */
  baselineBreaches: number;
  /** Uniform numbers drawn. */
  uniformDraws: number;
  /**
   * The uniforms behind an uncertain input's draws, by its stream role (`frequency`,
   * `effect:<controlId>:<n>`): trial t's draw of that input is its quantile at element t.
   * Drawn again when asked for, so a block keeps none unless an analysis reads them.
   */
  uniforms(role: string): Float64Array;
  /** With a contract (`Model.contract`): every year of each trial's contract. */
  contract?: ContractColumns;
  /** With `perTrial`: per vendor, every trial's annual loss and its conditional expected loss (copies). */
  perTrial?: { losses: Float64Array[]; expected: Float64Array[] };
}

/**
 * A block's contracts, year by year, kept sparse: per year (0-based) and vendor, the
 * trials with at least one surviving breach that year (in order) and, at the same index,
 * their gross loss (before the terms: year 1's equals `losses`) and the retailer's net loss
 * (after the indemnity and the insurance). A trial not listed lost nothing that year.
 */
export interface ContractColumns {
  years: number;
  trials: Int32Array[][];
  gross: Float64Array[][];
  net: Float64Array[][];
  /** Per vendor: the largest single breach's gross loss in year 1 of each trial of `trials[0][j]`. */
  largestBreach: Float64Array[];
  /** Per year and vendor: what the indemnity and the insurance paid over the block (sums in trial order). */
  indemnity: Float64Array[];
  insurance: Float64Array[];
  /** The largest contract total of loss with no controls (trend included): an upper bound of every vendor's gross and net total. */
  maxBaselineLoss: number;
}

/** `BlockColumns.uniforms` for block `block` of a run seeded `seed`. */
export function uniformsOfBlock(seed: string, block: number, trials: number): (role: string) => Float64Array {
  return (role) => {
    const column = new Float64Array(trials);
    fillUniforms(streamKey(seed, block, role), column, trials);
    return column;
  };
}

/**
 * Index of the unordered pair (a, b), a < b, among `n` vendors, in the order
 * (0,1), (0,2), ..., (0,n-1), (1,2), ...
 *
 * @example
 * pairIndex(0, 1, 3); // 0
 * pairIndex(1, 2, 3); // 2
 */
export function pairIndex(a: number, b: number, n: number): number {
  return a * n - (a * (a + 1)) / 2 + (b - a - 1);
}

/** The number of unordered pairs of `n` vendors. */
export function pairCount(n: number): number {
  return (n * (n - 1)) / 2;
}
