import type { BlockResult } from '../engine/index.js';

/** Messages from the CLI to a worker thread. */
export type ToWorker =
  | { type: 'start'; scenario: unknown; trials: number; seed: string }
  | { type: 'block'; block: number };

/** Messages from a worker thread to the CLI. */
export type FromWorker =
  | { type: 'block'; result: BlockResult }
  | { type: 'error'; message: string };
