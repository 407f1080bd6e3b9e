import type { Scenario } from './schema.js';
import type { RuleIssue } from './crossFieldRules.js';
import { compileModel } from '../model/compileModel.js';
import { runMemoryProblem } from '../run/runMemory.js';
import { runSizeOf, stopRuleOf } from '../run/runPlan.js';

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
  const stop = stopRuleOf(scenario);
  const issues: RuleIssue[] = [];
  if (stopAt && stop && stop.minTrials > stop.maxTrials) {
    issues.push({
      path: ['simulation', 'stopAt', stopAt.minTrials !== undefined ? 'minTrials' : 'maxTrials'],
      message: `minTrials (${stop.minTrials.toLocaleString('en-US')}) is more than maxTrials (${stop.maxTrials.toLocaleString('en-US')})`,
    });
  }
  const model = compileModel(scenario, { trials: stop ? stop.maxTrials : scenario.simulation.trials });
  const problem = runMemoryProblem(runSizeOf(model));
  if (problem) issues.push({ path: stop ? ['simulation', 'stopAt', 'maxTrials'] : ['simulation', 'trials'], message: problem });
  return issues;
}
