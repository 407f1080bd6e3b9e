import type { BlockResult } from '../engine/index.js';

/** Messages from the page to an engine worker. */
export type ToEngineWorker =
  /** Compile a run's model (kept until the next `start`). */
  | { type: 'start'; runId: number; scenario: unknown; trials: number; seed: string }
  /** Simulate one block of the current run. */
  | { type: 'block'; runId: number; block: number };

/** Messages from an engine worker to the page. */
export type FromEngineWorker =
  | { type: 'block'; runId: number; result: BlockResult }
  | { type: 'error'; runId: number; message: string };
