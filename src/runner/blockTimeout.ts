import { BLOCK_TRIALS, breachesPerYear, type RunPlan } from '../engine/index.js';

/** The least time a block is given before its worker is taken for dead. */
export const MIN_BLOCK_TIMEOUT_MS = 15_000;

/**
 * How long a worker may take over one block of a plan before it is taken for dead: 15 s,
 * plus 100 times the block's expected work (about 30 ns a trial a vendor, 20 ns a breach a
 * vendor and 5 ns a trial a compared pair), so that a slow block of a high-rate scenario
 * is never killed and a dead worker of an ordinary one is replaced within seconds.
 *
 * @example
 * blockTimeoutMs(planRun({ scenario: defaultModel })); // about 15,300 ms
 */
export function blockTimeoutMs(plan: RunPlan): number {
  const { model } = plan;
  const vendors = model.vendors.length;
  const breaches = BLOCK_TRIALS * breachesPerYear(model);
  const nanoseconds = BLOCK_TRIALS * (30 * vendors + 20 * model.effects.length + 5 * plan.context.pairs.length) + 20 * breaches * vendors;
  return MIN_BLOCK_TIMEOUT_MS + 100 * (nanoseconds / 1e6);
}
