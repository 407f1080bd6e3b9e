import { BLOCK_TRIALS, breachesPerYear, type RunPlan } from '../engine/index.js';

/** Estimated work a worker thread must have before starting one gains anything (its start-up and warm-up). */
export const WORK_PER_THREAD_MS = 600;

/**
 * The expected milliseconds of one block of a plan on one thread: about 30 ns a trial a
 * vendor, 20 ns a trial a drawn effect, 5 ns a trial a compared pair and 20 ns a breach a
 * vendor, every year of a contract drawing its own breaches. An estimate of the order of
 * the work (this machine's default block measures 4 to 6 ms), not a timing.
 *
 * @example
 * expectedBlockMs(planRun({ scenario: defaultModel })); // about 4.3
 */
export function expectedBlockMs(plan: RunPlan): number {
  const { model } = plan;
  const vendors = model.vendors.length;
  const breaches = BLOCK_TRIALS * breachesPerYear(model) * (model.contract?.years ?? 1);
  const nanoseconds = BLOCK_TRIALS * (30 * vendors + 20 * model.effects.length + 5 * plan.context.pairs.length) + 20 * breaches * vendors;
  return nanoseconds / 1e6;
}

/**
 * The threads worth running a plan on, of `cores`: one for each 600 ms of its expected
 * work (`expectedBlockMs` times its blocks), at least one. A thread's start-up and warm-up
 * take about as long as a million trials of the default model, so that run is as fast on
 * one thread as on two of this project's 2-core machine, three million are 11% faster on
 * two and ten million 35%. The results are the same for any number.
 *
 * @example
 * threadsWorthStarting(planRun({ scenario: defaultModel }), 2);                        // 1 (1,000,000 trials: about 430 ms)
 * threadsWorthStarting(planRun({ scenario: defaultModel, trials: 10_000_000 }), 2); // 2
 */
export function threadsWorthStarting(plan: RunPlan, cores: number): number {
  const work = expectedBlockMs(plan) * plan.blocksTotal;
  return Math.max(1, Math.min(Math.floor(cores), Math.floor(work / WORK_PER_THREAD_MS)));
}
