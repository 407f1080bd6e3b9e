import type { AnalysisOutputs } from '../engine/analyses/registry.js';
import type { BlockPartials } from '../engine/run/analyzeBlock.js';
import type { FoldedPartials } from '../engine/run/RunFold.js';
import type { RunRequest } from '../engine/run/runPlan.js';

/**
 * Messages from a runner to a worker, the same on every platform (a Web Worker, a Node
 * worker thread, or the in-process worker of the tests and of the CLI's own thread).
 */
export type ToWorker =
  /** Plan a run (its model, pairs and analyses), kept until the next `start` or `release`. */
  | { type: 'start'; runId: number; request: RunRequest }
  /** Simulate one block of the current run and send its partials. */
  | { type: 'block'; runId: number; block: number }
  /** Finish the current run's analyses from folded partials (a painted update, or the final figures), off the page's thread. */
  | { type: 'finish'; runId: number; id: number; folded: FoldedPartials }
  /** Drop the current run's model and buffers: the run is over. */
  | { type: 'release' };

/** Messages from a worker to its runner. */
export type FromWorker =
  | { type: 'block'; runId: number; partials: BlockPartials }
  | { type: 'finished'; runId: number; id: number; outputs: AnalysisOutputs }
  /** The engine threw (deterministically: the same block would throw again). */
  | { type: 'error'; runId: number; block?: number; message: string };
