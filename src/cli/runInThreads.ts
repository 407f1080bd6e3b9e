import type { Results, RunRequest } from '../engine/index.js';
import { BlockRunner } from '../runner/BlockRunner.js';
import { inProcessTransport } from '../runner/inProcessTransport.js';
import { serveRuns } from '../runner/serveRuns.js';
import { threadTransport } from './threadTransport.js';

/**
 * Runs a request on `threads` threads through the one runner: this thread (an
 * in-process worker) and `threads - 1` worker threads, each taking the next block when
 * free. The results are the same for any number of threads; `memoryBytes` is what the
 * run's data was stated to need before it started.
 *
 * @example
 * const { results } = await runInThreads({ scenario }, 2, (done, total) => report(done, total));
 */
export async function runInThreads(
  request: RunRequest,
  threads: number,
  onProgress?: (done: number, total: number) => void,
): Promise<{ results: Results; memoryBytes: number }> {
  const count = Math.max(1, Math.floor(threads));
  // This thread has nothing else to do: it finishes the figures itself, without copying the partials.
  const runner = new BlockRunner((slot) => (slot === 0 ? inProcessTransport(serveRuns, { clone: false }) : threadTransport()), count, { finishInWorker: false });
  try {
    const results = await runner.run(request, { onProgress });
    if (!results) throw new Error('the run was cancelled');
    return { results, memoryBytes: runner.lastMemoryBytes };
  } finally {
    runner.dispose();
  }
}
