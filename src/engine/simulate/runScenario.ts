import type { Scenario } from '../scenario/index.js';
import { compileModel, type Model } from '../model/compileModel.js';
import type { Results } from '../results.js';
import { summarize } from '../statistics/summarize.js';
import { BLOCK_TRIALS } from '../version.js';
import type { BlockResult } from './blockResult.js';
import { simulateBlock } from './simulateBlock.js';

/** Options of a run: the scenario's own trials and seed unless given. */
export interface RunOptions {
  trials?: number;
  /** A string; a number is used as its decimal string. */
  seed?: string | number;
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
 * Runs a validated scenario in this thread: every block in order, then the statistics.
 * Workers and the CLI's threads split the same blocks and call `summarize` on them,
 * with the same result to the last bit.
 *
 * @example
 * const results = runScenario(scenario, { trials: 20_000 });
 * results.vendors.map((v) => v.id); // ['none', 'a', 'b']
 */
export function runScenario(scenario: Scenario, options: RunOptions = {}): Results {
  const model = modelFor(scenario, options);
  const blocks: BlockResult[] = [];
  for (let b = 0; b < blockCount(model.trials); b++) blocks.push(simulateBlock(model, b));
  return summarize(model, blocks, { scenario: scenario.name, currency: scenario.currency });
}
