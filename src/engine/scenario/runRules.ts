import type { Scenario } from './schema.js';
import type { RuleIssue } from './crossFieldRules.js';
import { DEFAULT_MAX_TRIALS, DEFAULT_MIN_TRIALS } from './limits.js';
import { toDistribution } from './parameters.js';
import { runMemoryProblem } from '../run/runMemory.js';
import { log1p } from '../math/index.js';

/**
 * The rules of a structurally valid scenario that concern its run: `stopAt.minTrials`
 * at most its `maxTrials`, and the memory the run would need within `MAX_RUN_BYTES`
 * (reported at the field that sets the run's length).
 *
 * @example
 * runRules({ ...scenario, simulation: { trials: 100_000_000, seed: 1 }, vendors: hundredVendors });
 * // [{ path: ['simulation', 'trials'], message: 'the run needs about 36 GB of memory ...' }]
 */
export function runRules(scenario: Scenario): RuleIssue[] {
  const { stopAt } = scenario.simulation;
  const issues: RuleIssue[] = [];
  const minTrials = stopAt?.minTrials ?? DEFAULT_MIN_TRIALS;
  const maxTrials = stopAt?.maxTrials ?? DEFAULT_MAX_TRIALS;
  if (stopAt && minTrials > maxTrials) {
    issues.push({
      path: ['simulation', 'stopAt', stopAt.minTrials !== undefined ? 'minTrials' : 'maxTrials'],
      message: `minTrials (${minTrials.toLocaleString('en-US')}) is more than maxTrials (${maxTrials.toLocaleString('en-US')})`,
    });
  }
  const frequency = scenario.frequency.annualIncidence ?? scenario.frequency.annualRate;
  const channelShare = scenario.frequency.channelShare;
  const share = channelShare === undefined ? 1 : typeof channelShare === 'number' ? channelShare : channelShare.value;
  const mean = frequency === undefined ? 0 : toDistribution(frequency).mean;
  const breachesPerYear = (scenario.frequency.annualIncidence !== undefined ? -log1p(-Math.min(mean, 1 - 2 ** -53)) : mean) * share;
  const problem = runMemoryProblem({
    trials: stopAt ? maxTrials : scenario.simulation.trials,
    vendors: scenario.vendors.length,
    amplifiers: Object.keys(scenario.magnitude.amplifiers ?? {}).length,
    effects: Object.values(scenario.controls).reduce((n, c) => n + c.effects.length, 0),
    breachesPerYear,
  });
  if (problem) issues.push({ path: stopAt ? ['simulation', 'stopAt', 'maxTrials'] : ['simulation', 'trials'], message: problem });
  return issues;
}
