import { ANALYTICS_RUN, blockCount, DECISION_ANALYSES, stopRuleOf, type AnalysisName, type Results, type Scenario } from '../../engine/index.js';
import { RunError, type BlockRunner, type RunErrorKind, type RunUpdate } from '../../runner/index.js';

export type RunPhase = 'idle' | 'running' | 'done' | 'invalid' | 'error';

/**
 * Runs the valid scenario through the runner, debounced: each request cancels the run at
 * hand (its workers stop computing) and starts a new one after `delay` ms of quiet. The
 * results on screen are always those of a folded prefix of the latest run's blocks,
 * never a late one; while the draft is invalid, or after a run failed, the last results
 * stay, marked stale. A failed run can be retried. Runs ask for the decision analytics
 * too once `analytics` is on (the Decisions view has been opened); until then they stay lean.
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
  /** Why the latest run failed (see `RunError`). */
  errorKind: RunErrorKind | undefined = $state();
  /** Workers replaced after dying or stopping answering, since the page opened. */
  replacedWorkers = $state(0);
  /** Milliseconds the page's own thread spent folding and summarising the latest run. */
  busyMs: number | undefined = $state();
  /** The latest run's `stopAt` rule (its precision target), when it has one. */
  stopTarget: number | undefined = $state();
  /** Runs started, for people and tests watching the page. */
  runsStarted = $state(0);
  /** Runs cancelled by a newer edit, and how far the latest got before it stopped. */
  cancelledRuns = $state(0);
  lastCancelled: { blocksSent: number; blocksTotal: number } | undefined = $state();
  /** Milliseconds from the last request to its final results painted. */
  lastDuration: number | undefined = $state();

  private pendingSince: number | undefined = $state();
  private analyticsWanted = $state(false);
  /** Whether the run at hand (started, not yet cancelled) asks for the decision analytics. */
  private runAsksAnalytics = false;
  private sameRunShown = $state(false);

  /** True while the results on screen are not those of the draft as it is. */
  readonly stale = $derived(
    this.results !== undefined &&
      (this.phase === 'invalid' || this.phase === 'error' || (this.phase === 'running' && !this.sameRunShown)),
  );

  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;
  private lastScenario: Scenario | undefined;

  constructor(private readonly runner: BlockRunner, private readonly delay = 80) {}

  /**
   * True while runs ask for the decision analytics too (`DECISION_ANALYSES`). Turning it
   * on while the results on screen lack them runs the latest valid scenario again (or
   * restarts the run at hand, if it was started without them).
   */
  get analytics(): boolean {
    return this.analyticsWanted;
  }

  set analytics(on: boolean) {
    if (on === this.analyticsWanted) return;
    this.analyticsWanted = on;
    if (!on || !this.lastScenario) return;
    const started = this.abort !== undefined && !this.abort.signal.aborted;
    const lacking = this.phase === 'done' ? !hasDecisionAnalytics(this.results) : this.phase === 'running' && started && !this.runAsksAnalytics;
    if (lacking) this.request(this.lastScenario);
  }

  /** Runs the latest valid scenario again (after a failure). */
  retry(): void {
    if (this.lastScenario) this.request(this.lastScenario);
  }

  /** A new draft: run it if valid (after the debounce), else mark the results stale. */
  request(scenario: Scenario | undefined): void {
    clearTimeout(this.timer);
    this.cancel();
    if (!scenario) {
      this.phase = 'invalid';
      this.pendingSince = undefined;
      return;
    }
    this.lastScenario = scenario;
    this.phase = 'running';
    this.error = undefined;
    this.errorKind = undefined;
    this.pendingSince = performance.now();
    this.sameRunShown = false;
    this.timer = setTimeout(() => this.start(scenario), this.delay);
  }

  private start(scenario: Scenario): void {
    const abort = new AbortController();
    this.abort = abort;
    this.runAsksAnalytics = this.analyticsWanted;
    const analyses: readonly AnalysisName[] | undefined = this.analyticsWanted ? ANALYTICS_RUN : undefined;
    const requested = this.pendingSince ?? performance.now();
    this.runsStarted++;
    this.final = false;
    this.blocksDone = 0;
    const stop = stopRuleOf(scenario);
    this.stopTarget = stop?.relativeStandardError;
    this.blocksTotal = blockCount(stop ? stop.maxTrials : scenario.simulation.trials);
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
    const replacedBefore = this.runner.replacedWorkers;
    this.runner
      .run(analyses ? { scenario, analyses } : { scenario }, { onUpdate, onProgress, signal: abort.signal })
      .then((results) => {
        if (abort.signal.aborted || !results) return;
        this.phase = 'done';
        this.pendingSince = undefined;
        this.lastDuration = performance.now() - requested;
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        this.phase = 'error';
        this.pendingSince = undefined;
        this.errorKind = error instanceof RunError ? error.kind : 'engine';
        this.error = error instanceof Error ? error.message : String(error);
      })
      .finally(() => {
        this.replacedWorkers += this.runner.replacedWorkers - replacedBefore;
        if (!abort.signal.aborted) this.busyMs = this.runner.lastBusyMs;
      });
  }

  /** Cancels the run at hand, if any: its workers get no more of its blocks. */
  private cancel(): void {
    if (!this.abort || this.abort.signal.aborted) return;
    const before = this.runner.cancelled.length;
    this.abort.abort();
    if (this.runner.cancelled.length > before) {
      this.cancelledRuns++;
      this.lastCancelled = this.runner.cancelled[this.runner.cancelled.length - 1];
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.runner.dispose();
  }
}

/** True when the results carry every decision analysis (see `DECISION_ANALYSES`). */
export function hasDecisionAnalytics(results: Results | undefined): boolean {
  return results !== undefined && DECISION_ANALYSES.every((name) => results[name] !== undefined);
}
