import { Worker } from 'node:worker_threads';
import { blockCount, simulateBlock, type BlockResult, type Model } from '../engine/index.js';
import type { FromWorker, ToWorker } from './threadProtocol.js';

/**
 * Simulates every block of a run on `threads` worker threads (in this thread when 1),
 * handing out blocks one at a time to whichever thread is free. The blocks come back
 * in any order; `summarize` combines them in block order, so the result is the same
 * for any number of threads.
 */
export async function runThreads(
  scenario: unknown,
  model: Model,
  threads: number,
  onBlock: (done: number, total: number) => void = () => {},
): Promise<BlockResult[]> {
  const total = blockCount(model.trials);
  const results: BlockResult[] = [];
  if (threads <= 1 || total <= 1) {
    for (let b = 0; b < total; b++) {
      results.push(simulateBlock(model, b));
      onBlock(b + 1, total);
    }
    return results;
  }
  const workers = Array.from({ length: Math.min(threads, total) }, () => new Worker(new URL('./blockWorker.js', import.meta.url)));
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker) => {
        if (next < total) worker.postMessage({ type: 'block', block: next++ } satisfies ToWorker);
      };
      for (const worker of workers) {
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'error') return reject(new Error(message.message));
          results.push(message.result);
          onBlock(results.length, total);
          if (results.length === total) resolve();
          else send(worker);
        });
        worker.on('error', reject);
        worker.postMessage({ type: 'start', scenario, trials: model.trials, seed: model.seed } satisfies ToWorker);
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
