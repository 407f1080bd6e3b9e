/** Messages from the page to a trials worker. */
export type ToTrialsWorker = { type: 'start'; scenario: unknown; trials: number; seed: string };

/** Messages from a trials worker to the page: one CSV part per block (the header first), then the end. */
export type FromTrialsWorker =
  | { type: 'part'; part: Blob; trialsDone: number; trials: number }
  | { type: 'done' }
  | { type: 'error'; message: string };
