import type { Results } from '../engine/index.js';

/** A run's progress: results over the blocks folded so far (always a prefix, in block order). */
export interface RunUpdate {
  results: Results;
  blocksDone: number;
  blocksTotal: number;
  /** True for the run's final results. */
  final: boolean;
}

/** What a caller hears of a run. */
export interface RunHandlers {
  /** The quick pass, the refinements and the final results. */
  onUpdate?: (update: RunUpdate) => void;
  /** Every block folded: blocks done of the blocks the run needs. */
  onProgress?: (blocksDone: number, blocksTotal: number) => void;
  /** Aborting cancels the run: no more of its blocks are sent, and it resolves `undefined`. */
  signal?: AbortSignal;
}

/** Options of a runner. */
export interface RunnerOptions {
  /** Times a block is sent again to a fresh worker after its worker died (default 2). */
  retries?: number;
  /** Milliseconds a worker may take over a block (default: `blockTimeoutMs` of the plan). */
  blockTimeoutMs?: number;
  /**
   * Finish the figures in a worker, the updates painted during the run and the final ones
   * (default true: the page's thread only folds); false finishes them in this thread,
   * without copying the partials.
   */
  finishInWorker?: boolean;
  /** Blocks in the quick pass painted first (default 2: 20,000 trials); refinements at twice, four times... as many, up to a quarter of the run. */
  quickBlocks?: number;
}

/** What a cancelled run had done: blocks sent to workers, of the blocks it needed. */
export interface CancelledRun {
  runId: number;
  blocksSent: number;
  blocksTotal: number;
}
