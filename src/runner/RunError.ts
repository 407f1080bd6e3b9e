/**
 * Why a run failed:
 * - `engine`: the engine threw; it would again on the same block, so it is not retried;
 * - `worker-lost`: a worker died or stopped answering on the same block more often than
 *   the runner retries;
 * - `refused`: the run was refused before any work (`path` names the scenario field).
 */
export type RunErrorKind = 'engine' | 'worker-lost' | 'refused';

/** A failed run: its kind, a message for people, and the field at fault when there is one. */
export class RunError extends Error {
  constructor(readonly kind: RunErrorKind, message: string, readonly path?: string) {
    super(message);
    this.name = 'RunError';
  }
}
