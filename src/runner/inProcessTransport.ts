import type { FromWorker, ToWorker } from './protocol.js';
import { serveRuns, type PostToRunner } from './serveRuns.js';
import type { Transport } from './Transport.js';

/** Runs a callback after the current task (a macrotask, so that timers and aborts interleave). */
const later: (callback: () => void) => void =
  typeof setImmediate === 'function' ? (callback) => void setImmediate(callback) : (callback) => void setTimeout(callback, 0);

/**
 * A worker in this thread: the same `serveRuns` as the platforms' workers, each message
 * passed through `structuredClone` both ways (replies with their buffers transferred),
 * one task per message, so that everything a real worker boundary does to a message is
 * done here too and the tests of the runner cover it. `host` replaces the worker's job
 * (for tests that make a worker fail). `clone: false` hands the messages over as they are
 * (the CLI's own thread: the partials are the worker's to give, and nothing shares them).
 *
 * @example
 * const runner = new BlockRunner(() => inProcessTransport(), 1);
 */
export function inProcessTransport(
  host: (post: PostToRunner) => (message: ToWorker) => void = serveRuns,
  { clone = true }: { clone?: boolean } = {},
): Transport {
  let listener: ((message: FromWorker) => void) | undefined;
  let terminated = false;
  const handle = host((message, transfer) => {
    const copy = clone ? structuredClone(message, { transfer }) : message;
    later(() => {
      if (!terminated) listener?.(copy);
    });
  });
  return {
    post(message, transfer = []) {
      const copy = clone ? structuredClone(message, { transfer }) : message;
      later(() => {
        if (!terminated) handle(copy);
      });
    },
    connect(onMessage) {
      listener = onMessage;
    },
    terminate() {
      terminated = true;
    },
  };
}
