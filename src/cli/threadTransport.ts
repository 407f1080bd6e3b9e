import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../runner/protocol.js';
import type { Transport } from '../runner/Transport.js';

/**
 * A Node worker thread running `blockWorker.js`, as a runner's transport: an uncaught
 * error, an unreadable message or an exit (a crash, or `terminate` from outside) is a failure.
 *
 * @example
 * const runner = new BlockRunner(() => threadTransport(), 2);
 */
export function threadTransport(): Transport & { worker: Worker } {
  const worker = new Worker(new URL('./blockWorker.js', import.meta.url));
  let stopping = false;
  return {
    worker,
    post: (message: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer),
    connect(onMessage, onFailure) {
      worker.on('message', (message: FromWorker) => onMessage(message));
      worker.on('error', (error) => onFailure(error.message));
      worker.on('messageerror', () => onFailure('a message from the worker thread could not be read'));
      worker.on('exit', (code) => {
        if (!stopping) onFailure(`the worker thread exited with code ${code}`);
      });
    },
    terminate() {
      stopping = true;
      void worker.terminate();
    },
  };
}
