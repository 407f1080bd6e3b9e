import type { FromWorker, ToWorker } from './protocol.js';

/**
 * One worker as a runner sees it: a way to post it messages, to hear its replies and to
 * learn that it died, and a way to stop it. A Web Worker, a Node worker thread and the
 * in-process worker each adapt to this and nothing else.
 */
export interface Transport {
  /** Posts a message, moving the buffers in `transfer` (the sender must not use them again). */
  post(message: ToWorker, transfer?: ArrayBuffer[]): void;
  /**
   * Listens: `onMessage` for each reply; `onFailure` once, if the worker dies or its
   * messages cannot be read (after which it sends nothing more).
   */
  connect(onMessage: (message: FromWorker) => void, onFailure: (reason: string) => void): void;
  terminate(): void;
}

/** Makes a fresh worker for a runner's slot (the first ones, and each replacement of a dead one). */
export type TransportFactory = (slot: number) => Transport;
