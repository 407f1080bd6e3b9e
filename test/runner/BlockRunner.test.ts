import { describe, expect, it } from 'vitest';
import {
  digestResults, parseScenario, runScenario, type Results, type Scenario,
} from '../../src/engine/index.js';
import { BlockRunner, inProcessTransport, RunError, serveRuns, type PostToRunner, type ToWorker, type Transport } from '../../src/runner/index.js';
import { defaultModel, issueExample } from '../helpers/fixtures.js';

const example = (): Scenario => parseScenario(JSON.stringify(issueExample()));

/** A runner of `size` in-process workers, counting the messages posted to them. */
function inProcess(size: number, host = serveRuns, options = {}) {
  const posted: ToWorker[] = [];
  const runner = new BlockRunner(() => {
    const transport = inProcessTransport(host);
    return { ...transport, post: (m: ToWorker) => (posted.push(m), transport.post(m)) };
  }, size, options);
  return { runner, posted };
}

/** A worker's job that behaves like `serveRuns` except at one block (of its first run only, if `once`). */
function faultyHost(block: number, fault: 'throw' | 'silent' | 'crash', crash?: () => void) {
  return (post: PostToRunner) => {
    const serve = serveRuns(post);
    return (message: ToWorker) => {
      if (message.type === 'block' && message.block === block) {
        if (fault === 'throw') return post({ type: 'error', runId: message.runId, block, message: 'boom' }, []);
        if (fault === 'crash') return crash?.();
        return; // silent: never answers
      }
      serve(message);
    };
  };
}

describe('BlockRunner', () => {
  it('gives the same bits as runScenario for 1, 2 and 4 in-process workers, through structuredClone', async () => {
    const scenario = example();
    const expected = runScenario(scenario, { trials: 65_000 });
    for (const size of [1, 2, 4]) {
      const { runner } = inProcess(size);
      const results = await runner.run({ scenario, trials: 65_000 });
      runner.dispose();
      expect(results).toEqual(expected);
      expect(digestResults(results!)).toBe(digestResults(expected));
    }
  });

  it('paints the quick pass first, then refinements that only add blocks, then the final results', async () => {
    const { runner } = inProcess(2);
    const updates: { blocksDone: number; final: boolean; trials: number }[] = [];
    const final = await runner.run({ scenario: example(), trials: 200_000 }, {
      onUpdate: (u) => updates.push({ blocksDone: u.blocksDone, final: u.final, trials: u.results.trials }),
    });
    runner.dispose();
    expect(updates.map((u) => u.blocksDone)).toEqual([2, 4, 20]);
    expect(updates.map((u) => u.trials)).toEqual([20_000, 40_000, 200_000]);
    expect(updates.at(-1)!.final).toBe(true);
    expect(final!.trials).toBe(200_000);
  });

  it('a worker that crashes mid-run is replaced and its block sent again: the result is complete and identical', async () => {
    const scenario = example();
    const expected = runScenario(scenario, { trials: 60_000 });
    let crashed = 0;
    const failures: ((reason: string) => void)[] = [];
    const runner = new BlockRunner((slot) => {
      const fail = () => failures[slot]?.('the worker was terminated');
      // The first two workers crash on block 3 (whichever is sent it); their replacements do not.
      const transport = inProcessTransport(crashed++ < 2 ? faultyHost(3, 'crash', () => queueMicrotask(fail)) : serveRuns);
      return { ...transport, connect: (onMessage, onFailure) => { failures[slot] = onFailure; transport.connect(onMessage, onFailure); } } satisfies Transport;
    }, 2);
    const results = await runner.run({ scenario, trials: 60_000 });
    expect(runner.replacedWorkers).toBe(1);
    runner.dispose();
    expect(results).toEqual(expected);
  });

  it('a worker that stops answering is taken for dead after the block timeout, and the run still completes identically', async () => {
    const scenario = example();
    const expected = runScenario(scenario, { trials: 40_000 });
    let made = 0;
    const runner = new BlockRunner(() => inProcessTransport(made++ < 2 ? faultyHost(1, 'silent') : serveRuns), 2, { blockTimeoutMs: 300 });
    const results = await runner.run({ scenario, trials: 40_000 });
    expect(runner.replacedWorkers).toBe(1);
    runner.dispose();
    expect(results).toEqual(expected);
  });

  it('finishes the figures in a worker; if that worker is lost, the run starts over once, with the same bits', async () => {
    const scenario = example();
    const expected = runScenario(scenario, { trials: 30_000 });
    const finishes: ToWorker[] = [];
    const ignoringFinish = (post: PostToRunner) => {
      const serve = serveRuns(post);
      return (message: ToWorker) => (message.type === 'finish' ? void finishes.push(message) : serve(message));
    };
    let made = 0;
    // The first worker never finishes; its replacement does.
    const runner = new BlockRunner(() => inProcessTransport(made++ < 1 ? ignoringFinish : serveRuns), 1, { blockTimeoutMs: 200 });
    expect(await runner.run({ scenario, trials: 30_000 })).toEqual(expected);
    expect(finishes).toHaveLength(1);
    expect(runner.replacedWorkers).toBe(1);
    runner.dispose();

    const never = new BlockRunner(() => inProcessTransport(ignoringFinish), 1, { blockTimeoutMs: 100 });
    const error = await never.run({ scenario, trials: 20_000 }).catch((e: unknown) => e);
    expect((error as RunError).kind).toBe('worker-lost');
    expect((error as RunError).message).toMatch(/finishing the figures/);
    never.dispose();
  });

  it('paints updates finished in workers in block order, never after the final figures', async () => {
    const { runner } = inProcess(3);
    const painted: number[] = [];
    await runner.run({ scenario: example(), trials: 400_000 }, { onUpdate: (u) => painted.push(u.blocksDone) });
    runner.dispose();
    expect(painted.at(-1)).toBe(40);
    expect(painted).toEqual([...painted].sort((a, b) => a - b));
    expect(painted[0]).toBe(2);
  });

  it('gives up after the stated retries with a worker-lost error', async () => {
    const runner = new BlockRunner(() => inProcessTransport(faultyHost(0, 'silent')), 1, { blockTimeoutMs: 50, retries: 2 });
    const error = await runner.run({ scenario: example(), trials: 20_000 }).catch((e: unknown) => e);
    runner.dispose();
    expect(error).toBeInstanceOf(RunError);
    expect((error as RunError).kind).toBe('worker-lost');
    expect((error as RunError).message).toMatch(/block 0/);
    expect(runner.replacedWorkers).toBe(3);
  });

  it('an engine exception fails the run at once: not retried', async () => {
    const { runner, posted } = inProcess(2, faultyHost(2, 'throw'));
    const error = await runner.run({ scenario: example(), trials: 100_000 }).catch((e: unknown) => e);
    expect((error as RunError).kind).toBe('engine');
    expect((error as RunError).message).toMatch(/block 2: boom/);
    expect(runner.replacedWorkers).toBe(0);
    expect(posted.filter((m) => m.type === 'block' && m.block === 2)).toHaveLength(1);
    runner.dispose();
  });

  it('refuses a run beyond the memory cap with the field to change, before any message to a worker', async () => {
    const json = issueExample();
    json.simulation.trials = 100_000_000;
    json.vendors = Array.from({ length: 60 }, (_, i) => ({ ...json.vendors[1], id: `v${i}`, name: `Vendor ${i}`, reference: undefined }));
    json.frequency.annualRate = 3;
    delete json.frequency.annualIncidence;
    const scenario = json as Scenario; // valid in form; its run is what is too big
    const { runner, posted } = inProcess(1);
    const before = posted.filter((m) => m.type !== 'release').length;
    const error = await runner.run({ scenario }).catch((e: unknown) => e);
    expect((error as RunError).kind).toBe('refused');
    expect((error as RunError).path).toBe('simulation.trials');
    expect((error as RunError).message).toMatch(/GB of memory/);
    expect(posted.filter((m) => m.type !== 'release').length).toBe(before);
    runner.dispose();
  });

  it('a newer run cancels the one at hand: it resolves undefined, having sent fewer blocks than it has', async () => {
    const { runner } = inProcess(1);
    const first = runner.run({ scenario: example(), trials: 500_000 });
    await new Promise((r) => setTimeout(r, 30));
    const second = runner.run({ scenario: example(), trials: 20_000 });
    expect(await first).toBeUndefined();
    expect((await second)!.trials).toBe(20_000);
    expect(runner.cancelled[0].blocksSent).toBeLessThan(runner.cancelled[0].blocksTotal);
    runner.dispose();
  });
});

describe('stopAt', () => {
  const withStop = (stopAt: object): Scenario => {
    const json = JSON.parse(JSON.stringify(defaultModel()));
    json.simulation.stopAt = stopAt;
    return parseScenario(JSON.stringify(json));
  };

  it('stops at the same block for any number of workers, having reached its target', async () => {
    const scenario = withStop({ relativeStandardError: 0.0005, minTrials: 20_000, maxTrials: 2_000_000 });
    const inThread = runScenario(scenario);
    const runs: Results[] = [];
    for (const size of [1, 2, 4]) {
      const { runner } = inProcess(size);
      runs.push((await runner.run({ scenario }))!);
      runner.dispose();
    }
    for (const r of runs) expect(digestResults(r)).toBe(digestResults(inThread));
    expect(inThread.stop).toEqual({ relativeStandardError: 0.0005, minTrials: 20_000, maxTrials: 2_000_000, reason: 'precision' });
    // The target holds at the stopping point, and did not hold one block earlier.
    const candidates = inThread.vendors.filter((v) => !v.reference && v.expectedLoss.mean > 0);
    for (const v of candidates) expect(v.expectedLoss.standardError / v.expectedLoss.mean).toBeLessThanOrEqual(0.0005);
    const earlier = runScenario(scenario, { trials: inThread.trials - 10_000 });
    expect(earlier.vendors.filter((v) => !v.reference && v.expectedLoss.mean > 0)
      .some((v) => v.expectedLoss.standardError / v.expectedLoss.mean > 0.0005)).toBe(true);
    // The same trials run without the rule give the same figures: stopping changes only where the run ends.
    const fixed = runScenario(scenario, { trials: inThread.trials });
    expect(fixed.vendors).toEqual(inThread.vendors);
  });

  it('blocks past the stopping point that arrive while the final figures are being finished change nothing', async () => {
    const scenario = withStop({ relativeStandardError: 0.002, minTrials: 30_000, maxTrials: 2_000_000 });
    const expected = runScenario(scenario);
    // Finishing takes a while here, and blocks run ahead of the stopping point meanwhile arrive.
    const slowFinish = (post: PostToRunner) => {
      const serve = serveRuns(post);
      return (message: ToWorker) => (message.type === 'finish' ? void setTimeout(() => serve(message), 60) : serve(message));
    };
    const { runner } = inProcess(4, slowFinish);
    const results = await runner.run({ scenario });
    runner.dispose();
    expect(digestResults(results!)).toBe(digestResults(expected));
  });

  it('never stops before minTrials, and says so when maxTrials comes first', () => {
    const early = runScenario(withStop({ relativeStandardError: 0.5, minTrials: 50_000 }));
    expect(early.trials).toBe(50_000);
    expect(early.stop!.reason).toBe('precision');
    const capped = runScenario(withStop({ relativeStandardError: 1e-9, minTrials: 10_000, maxTrials: 30_000 }));
    expect(capped.trials).toBe(30_000);
    expect(capped.stop!.reason).toBe('maxTrials');
  });
});
