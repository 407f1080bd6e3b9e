import type { AnalysisOutputs, BlockPartials, FoldedPartials, RunRequest } from '../engine/index.js';

/**
 * Messages from a runner to a worker, the same on every platform (a Web Worker, a Node
 * worker thread, or the in-process worker of the tests and of the CLI's own thread).
 */
export type ToWorker =
  /** Plan a run (its model, pairs and analyses), kept until the next `start` or `release`. */
  | { type: 'start'; runId: number; request: RunRequest }
  /** Simulate one block of the current run and send its partials. */
  | { type: 'block'; runId: number; block: number }
  /** Finish the current run's analyses from its folded partials (the last step, off the page's thread). */
  | { type: 'finish'; runId: number; folded: FoldedPartials }
  /** Drop the current run's model and buffers: the run is over. */
  | { type: 'release' };

/** Messages from a worker to its runner. */
export type FromWorker =
  | { type: 'block'; runId: number; partials: BlockPartials }
  | { type: 'finished'; runId: number; outputs: AnalysisOutputs }
  /** The engine threw (deterministically: the same block would throw again). */
  | { type: 'error'; runId: number; block?: number; message: string };
