/**
 * What one block of trials leaves behind: everything the statistics need, and nothing
 * per trial except the vendors' non-zero annual losses (most years lose nothing).
 * All arrays are typed, so a block crosses a worker boundary as transferred buffers.
 */
export interface BlockResult {
  block: number;
  /** Trials in this block (the last block of a run may be short). */
  trials: number;
  /** Per vendor: the annual losses greater than zero, in trial order. */
  losses: Float64Array[];
  /** Per vendor: years with at least one surviving breach. */
  breachYears: Float64Array;
  /** Per vendor: surviving breaches. */
  breaches: Float64Array;
  /**
   * Per vendor: trials in which its price plus conditional expected loss is strictly the
   * lowest of the candidates' (always 0 for the reference vendor).
   */
  cheapest: Float64Array;
  /**
   * Per vendor, the moments of its expected annual loss given each trial's parameter
   * draws, as sums of deviations from a shift (the block's first value), so that
   * constant inputs give exactly 0: the shift, the sum of (x - shift) and of (x - shift)^2.
   */
  conditionalShift: Float64Array;
  conditionalSum: Float64Array;
  conditionalSumSquares: Float64Array;
  /** Per pair: the same for the paired difference (conditional loss a - conditional loss b). */
  pairConditionalShift: Float64Array;
  pairConditionalSum: Float64Array;
  pairConditionalSumSquares: Float64Array;
  /** Per pair (a before b, in `pairIndex` order): sum of (loss a - loss b) over trials. */
  pairSumDifference: Float64Array;
  /** Per pair: sum of (loss a - loss b)^2. */
  pairSumSquaredDifference: Float64Array;
  /** Per pair: trials in which a's annual loss is strictly lower than b's. */
  pairLower: Float64Array;
  /** Per pair: trials in which a's price plus conditional expected loss is strictly lower than b's. */
  pairCheaper: Float64Array;
  /** The largest annual loss with no controls at all: an upper bound of every vendor's loss. */
  maxBaselineLoss: number;
  /** Breaches drawn with no controls (before any vendor's controls thin them). */
  baselineBreaches: number;
  /** Uniform numbers drawn. */
  uniformDraws: number;
  /**
   * With `perTrial`: per vendor, every trial's annual loss, and its expected annual loss
   * given that trial's parameter draws.
   */
  perTrial?: { losses: Float64Array[]; expected: Float64Array[] };
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

/** The buffers of a block (every typed array it holds), for `postMessage(result, transferList(result))`. */
export function transferList(result: BlockResult): ArrayBuffer[] {
  const arrays = [...result.losses, ...Object.values(result).filter((v): v is Float64Array => v instanceof Float64Array)];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
