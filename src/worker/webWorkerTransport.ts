import type { FromWorker, ToWorker } from '../runner/protocol.js';
import type { Transport } from '../runner/Transport.js';

/**
 * A Web Worker as a runner's transport. A worker that throws outside the engine's own
 * catch, or whose messages cannot be read, reports a failure; one that is terminated
 * from outside says nothing, and the runner's block timeout finds it.
 *
 * @example
 * const runner = new BlockRunner(() => webWorkerTransport(new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' })), 2);
 */
export function webWorkerTransport(worker: Worker): Transport {
  return {
    post: (message: ToWorker, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer),
    connect(onMessage, onFailure) {
      worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onFailure(event.message || 'the worker failed');
      };
      worker.onmessageerror = () => onFailure('a message from the worker could not be read');
    },
    terminate: () => worker.terminate(),
  };
}
