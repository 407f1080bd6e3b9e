import type { Scenario } from '../scenario/index.js';
import { compileModel, type Model } from '../model/compileModel.js';
import type { Results } from '../results.js';
import { BLOCK_TRIALS } from '../version.js';
import { planRun, type RunRequest } from '../run/runPlan.js';
import { analyzeBlock } from '../run/analyzeBlock.js';
import { RunFold } from '../run/RunFold.js';

/** Options of a run: the scenario's own trials and seed unless given. */
export interface RunOptions {
  trials?: number;
  /** A string; a number is used as its decimal string. */
  seed?: string | number;
  /** Further analyses and pairs (see `RunRequest`). */
  analyses?: RunRequest['analyses'];
  pairs?: RunRequest['pairs'];
}

/**
 * The number of blocks a run of `trials` trials has.
 *
 * @example
 * blockCount(100_000); // 10
 * blockCount(25_001); // 3
 */
export function blockCount(trials: number): number {
  return Math.ceil(trials / BLOCK_TRIALS);
}

/** The model of a validated scenario with the run's trials and seed applied. */
export function modelFor(scenario: Scenario, options: RunOptions = {}): Model {
  return compileModel(scenario, {
    trials: options.trials,
    seed: options.seed === undefined ? undefined : String(options.seed),
  });
}

/**
 * Runs a validated scenario in this thread: every block in order, each through the
 * run's analyses, folded in block order (until `stopAt` holds, if the scenario has one).
 * The runners split the same blocks among workers and fold the same partials, with the
 * same result to the last bit.
 *
 * @example
 * const results = runScenario(scenario, { trials: 20_000 });
 * results.vendors.map((v) => v.id); // ['none', 'a', 'b']
 */
export function runScenario(scenario: Scenario, options: RunOptions = {}): Results {
  const plan = planRun({
    scenario,
    trials: options.trials,
    seed: options.seed === undefined ? undefined : String(options.seed),
    analyses: options.analyses,
    pairs: options.pairs,
  });
  const fold = new RunFold(plan);
  for (let b = 0; !fold.done; b++) fold.add(analyzeBlock(plan, b));
  return fold.results();
}
