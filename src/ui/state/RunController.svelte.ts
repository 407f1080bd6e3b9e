import type { Results, Scenario } from '../../engine/index.js';
import type { EnginePool, RunUpdate } from '../../worker/EnginePool.js';

export type RunPhase = 'idle' | 'running' | 'done' | 'invalid' | 'error';

/**
 * Runs the valid scenario in the worker pool, debounced: each request cancels the run at
 * hand (its workers stop computing) and starts a new one after `delay` ms of quiet. The
 * results on screen are always those of a finished prefix of the latest run's blocks,
 * never a late one; while the draft is invalid, the last results stay, marked stale.
 */
export class RunController {
  /** The latest results painted (quick pass, refinement or final). */
  results: Results | undefined = $state.raw();
  /** The scenario those results are of. */
  resultsScenario: Scenario | undefined = $state.raw();
  phase: RunPhase = $state('idle');
  /** Blocks of the latest run finished, of its total. */
  blocksDone = $state(0);
  blocksTotal = $state(0);
  /** True once the results shown are the full run's. */
  final = $state(false);
  error: string | undefined = $state();
  /** Runs started, for people and tests watching the page. */
  runsStarted = $state(0);
  /** Runs cancelled by a newer edit, and how far the latest got before it stopped. */
  cancelledRuns = $state(0);
  lastCancelled: { blocksSent: number; blocksTotal: number } | undefined = $state();
  /** Milliseconds from the last request to its final results painted. */
  lastDuration: number | undefined = $state();

  private pendingSince: number | undefined = $state();
  private sameRunShown = $state(false);

  /** True while the results on screen are not those of the draft as it is. */
  readonly stale = $derived(
    this.results !== undefined && (this.phase === 'invalid' || (this.phase === 'running' && !this.sameRunShown)),
  );

  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly pool: EnginePool, private readonly delay = 80) {}

  /** A new draft: run it if valid (after the debounce), else mark the results stale. */
  request(scenario: Scenario | undefined): void {
    clearTimeout(this.timer);
    this.cancel();
    if (!scenario) {
      this.phase = 'invalid';
      this.pendingSince = undefined;
      return;
    }
    this.phase = 'running';
    this.pendingSince = performance.now();
    this.sameRunShown = false;
    this.timer = setTimeout(() => this.start(scenario), this.delay);
  }

  private start(scenario: Scenario): void {
    const abort = new AbortController();
    this.abort = abort;
    const requested = this.pendingSince ?? performance.now();
    this.runsStarted++;
    this.final = false;
    this.error = undefined;
    this.blocksDone = 0;
    this.blocksTotal = Math.ceil(scenario.simulation.trials / 10_000);
    const onUpdate = (update: RunUpdate) => {
      if (abort.signal.aborted) return;
      this.results = update.results;
      this.resultsScenario = scenario;
      this.blocksDone = update.blocksDone;
      this.blocksTotal = update.blocksTotal;
      this.final = update.final;
      this.sameRunShown = true;
    };
    const onProgress = (done: number, total: number) => {
      if (abort.signal.aborted) return;
      this.blocksDone = done;
      this.blocksTotal = total;
    };
    this.pool
      .run({ scenario, trials: scenario.simulation.trials, seed: String(scenario.simulation.seed) }, onUpdate, abort.signal, onProgress)
      .then((results) => {
        if (abort.signal.aborted || !results) return;
        this.phase = 'done';
        this.pendingSince = undefined;
        this.lastDuration = performance.now() - requested;
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        this.phase = 'error';
        this.error = error instanceof Error ? error.message : String(error);
      });
  }

  /** Cancels the run at hand, if any: its workers get no more of its blocks. */
  private cancel(): void {
    if (!this.abort || this.abort.signal.aborted) return;
    const before = this.pool.cancelled.length;
    this.abort.abort();
    if (this.pool.cancelled.length > before) {
      this.cancelledRuns++;
      this.lastCancelled = this.pool.cancelled[this.pool.cancelled.length - 1];
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.pool.dispose();
  }
}
