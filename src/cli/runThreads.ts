import { Worker } from 'node:worker_threads';
import { blockCount, simulateBlock, type BlockResult, type Model } from '../engine/index.js';
import type { FromWorker, ToWorker } from './threadProtocol.js';

/**
 * Simulates every block of a run on `threads` threads: this one and `threads - 1`
 * worker threads, each taking the next block as soon as it is free. The blocks come
 * back in any order; `summarize` combines them in block order, so the result is the
 * same for any number of threads.
 */
export async function runThreads(
  scenario: unknown,
  model: Model,
  threads: number,
  onBlock: (done: number, total: number) => void = () => {},
): Promise<BlockResult[]> {
  const total = blockCount(model.trials);
  const results: BlockResult[] = [];
  let next = 0;
  const take = () => (next < total ? next++ : -1);
  const finished = (result: BlockResult) => {
    results.push(result);
    onBlock(results.length, total);
  };

  const workerCount = Math.max(0, Math.min(threads, total) - 1);
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./blockWorker.js', import.meta.url)));
  const workersDone = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        const send = () => {
          const block = take();
          if (block < 0) resolve();
          else worker.postMessage({ type: 'block', block } satisfies ToWorker);
        };
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'error') return reject(new Error(message.message));
          finished(message.result);
          send();
        });
        worker.on('error', reject);
        worker.postMessage({ type: 'start', scenario, trials: model.trials, seed: model.seed } satisfies ToWorker);
        send();
      }),
  );
  try {
    // This thread works too, yielding between blocks so that the workers' results are taken in.
    for (let block = take(); block >= 0; block = take()) {
      finished(simulateBlock(model, block));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(workersDone);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
