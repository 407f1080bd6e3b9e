import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, type Scenario } from '../../../src/engine/index.js';
import { BlockRunner, inProcessTransport, serveRuns, type PostToRunner, type ToWorker } from '../../../src/runner/index.js';
import { hasDecisionAnalytics, RunController } from '../../../src/ui/state/RunController.svelte.js';
import { issueExample } from '../../helpers/fixtures.js';

const scenario = (seed: string, trials = 30_000): Scenario => {
  const json = issueExample();
  json.simulation = { trials, seed };
  return parseScenario(JSON.stringify(json));
};

/** Workers whose engine throws on every block of a run seeded "fails". */
const hostFailingOn = (seed: string) => (post: PostToRunner) => {
  const serve = serveRuns(post);
  let failing = false;
  return (message: ToWorker) => {
    if (message.type === 'start') failing = message.request.scenario.simulation.seed === seed;
    if (message.type === 'block' && failing) return post({ type: 'error', runId: message.runId, block: message.block, message: 'boom' }, []);
    serve(message);
  };
};

const settled = (run: RunController) =>
  new Promise<void>((resolve) => {
    const poll = () => (run.phase === 'done' || run.phase === 'error' ? resolve() : setTimeout(poll, 5));
    setTimeout(poll, 5);
  });

describe('RunController', () => {
  it('shows the final results of the latest request, equal to the engine run', async () => {
    const run = new RunController(new BlockRunner(() => inProcessTransport(), 2), 0);
    run.request(scenario('a'));
    await settled(run);
    expect(run.phase).toBe('done');
    expect(run.final).toBe(true);
    expect(run.stale).toBe(false);
    expect(run.results).toEqual(runScenario(scenario('a')));
    run.dispose();
  });

  it('an engine exception ends in the error state at once, the last results kept and marked stale; Try again runs it again', async () => {
    const run = new RunController(new BlockRunner(() => inProcessTransport(hostFailingOn('fails')), 2), 0);
    run.request(scenario('good'));
    await settled(run);
    const good = run.results;
    run.request(scenario('fails'));
    await settled(run);
    expect(run.phase).toBe('error');
    expect(run.errorKind).toBe('engine');
    expect(run.error).toMatch(/boom/);
    expect(run.results).toBe(good);
    expect(run.stale).toBe(true);
    expect(run.replacedWorkers).toBe(0);
    run.retry();
    expect(run.phase).toBe('running');
    await settled(run);
    expect(run.phase).toBe('error');
    run.request(scenario('good-again'));
    await settled(run);
    expect(run.phase).toBe('done');
    expect(run.stale).toBe(false);
    run.dispose();
  });

  it('a refused run is an error naming the field, before any work', async () => {
    const json = issueExample();
    json.simulation.trials = 100_000_000;
    json.vendors = Array.from({ length: 60 }, (_, i) => ({ ...json.vendors[1], id: `v${i}`, name: `V${i}`, reference: undefined }));
    delete json.frequency.annualIncidence;
    json.frequency.annualRate = 3;
    const run = new RunController(new BlockRunner(() => inProcessTransport(), 1), 0);
    run.request(json as Scenario);
    await settled(run);
    expect(run.errorKind).toBe('refused');
    expect(run.error).toMatch(/^simulation\.trials: the run needs about/);
    run.dispose();
  });

  it('runs lean until the decision analytics are asked for; turning them on runs the scenario again with them, the same figures beside', async () => {
    const run = new RunController(new BlockRunner(() => inProcessTransport(), 2), 0);
    run.request(scenario('lean', 20_000));
    await settled(run);
    const lean = run.results!;
    expect(hasDecisionAnalytics(lean)).toBe(false);
    expect(lean.controlValues).toBeUndefined();
    const started = run.runsStarted;
    run.analytics = true;
    expect(run.phase).toBe('running');
    await settled(run);
    expect(run.runsStarted).toBe(started + 1);
    expect(hasDecisionAnalytics(run.results)).toBe(true);
    // The analytics are added beside the results' own figures, which do not change.
    expect(run.results!.vendors).toEqual(lean.vendors);
    // On again: nothing to do. Later runs keep asking for them.
    run.analytics = true;
    expect(run.phase).toBe('done');
    run.request(scenario('later', 20_000));
    await settled(run);
    expect(run.runsStarted).toBe(started + 2);
    expect(hasDecisionAnalytics(run.results)).toBe(true);
    run.dispose();
  });

  it('turned on while a lean run is under way, it restarts that run with the analytics', async () => {
    const run = new RunController(new BlockRunner(() => inProcessTransport(), 1), 0);
    run.request(scenario('busy', 300_000));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(run.runsStarted).toBe(1);
    expect(run.phase).toBe('running');
    expect(run.blocksDone).toBeLessThan(run.blocksTotal);
    run.analytics = true;
    await settled(run);
    expect(run.runsStarted).toBe(2);
    expect(run.cancelledRuns).toBe(1);
    expect(hasDecisionAnalytics(run.results)).toBe(true);
    run.dispose();
  });
});
