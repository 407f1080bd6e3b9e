import { describe, expect, it } from 'vitest';
import { digestResults, runScenario, type Results, type RunRequest } from '../../src/engine/index.js';
import { defaultModel, repositoryRoot } from '../helpers/fixtures.js';

/** The built CLI's runner modules (worker threads need the compiled `blockWorker.js`: `npm run build:cli`). */
const built = async () => ({
  runInThreads: (await import(`${repositoryRoot}build/cli/runInThreads.js`)).runInThreads as (r: RunRequest, threads: number) => Promise<{ results: Results }>,
  threadTransport: (await import(`${repositoryRoot}build/cli/threadTransport.js`)).threadTransport as () => { worker: { terminate(): Promise<number> } },
  BlockRunner: (await import(`${repositoryRoot}build/runner/BlockRunner.js`)).BlockRunner,
});

describe('the runner over Node worker threads', () => {
  it('gives the same bits as the in-thread run for 1, 2 and 4 threads', async () => {
    const { runInThreads } = await built();
    const scenario = defaultModel();
    const expected = digestResults(runScenario(scenario, { trials: 70_000 }));
    for (const threads of [1, 2, 4]) expect(digestResults((await runInThreads({ scenario, trials: 70_000 }, threads)).results)).toBe(expected);
  });

  it('a worker thread terminated from outside mid-run is replaced: the result is complete and identical', async () => {
    const { threadTransport, BlockRunner } = await built();
    const scenario = defaultModel();
    const expected = runScenario(scenario, { trials: 200_000 });
    const made: { worker: { terminate(): Promise<number> } }[] = [];
    const runner = new BlockRunner(() => {
      const transport = threadTransport();
      made.push(transport);
      return transport;
    }, 2);
    let killed = false;
    const results = await runner.run({ scenario, trials: 200_000 }, {
      onProgress: (done: number) => {
        if (done >= 3 && !killed) {
          killed = true;
          void made[0].worker.terminate();
        }
      },
    });
    expect(killed).toBe(true);
    expect(runner.replacedWorkers).toBe(1);
    runner.dispose();
    expect(results).toEqual(expected);
  });
});
