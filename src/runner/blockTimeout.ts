import type { RunPlan } from '../engine/index.js';
import { expectedBlockMs } from './blockWork.js';

/** The least time a block is given before its worker is taken for dead. */
export const MIN_BLOCK_TIMEOUT_MS = 15_000;

/**
 * How long a worker may take over one block of a plan before it is taken for dead: 15 s,
 * plus 100 times the block's expected work (`expectedBlockMs`), so that a slow block of a
 * high-rate scenario is never killed and a dead worker of an ordinary one is replaced within seconds.
 *
 * @example
 * blockTimeoutMs(planRun({ scenario: defaultModel })); // about 15,430 ms
 */
export function blockTimeoutMs(plan: RunPlan): number {
  return MIN_BLOCK_TIMEOUT_MS + 100 * expectedBlockMs(plan);
}
