import { buffersOf, planRun, resultsOf, RunFold, RunRefused, type AnalysisOutputs, type Results, type RunPlan, type RunRequest, type StopOutcome } from '../engine/index.js';
import { blockTimeoutMs } from './blockTimeout.js';
import type { FromWorker } from './protocol.js';
import { RunError } from './RunError.js';
import type { Transport, TransportFactory } from './Transport.js';
import type { CancelledRun, RunHandlers, RunnerOptions } from './runHandlers.js';

export type { CancelledRun, RunHandlers, RunnerOptions, RunUpdate } from './runHandlers.js';

interface Slot {
  transport: Transport;
  /** Bumped when the transport is replaced: replies of an older one are dropped. */
  generation: number;
  /** The run and block in hand, or block -1 when idle. */
  runId: number;
  block: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** Figures a worker is finishing: over which blocks, and whether they are the run's final ones. */
interface Finish {
  slot: Slot;
  blocks: number;
  trials: number;
  final: boolean;
  stopped: StopOutcome | undefined;
}

interface ActiveRun {
  runId: number;
  plan: RunPlan;
  request: RunRequest;
  fold: RunFold;
  handlers: RunHandlers;
  next: number;
  attempts: Map<number, number>;
  milestones: Set<number>;
  timeoutMs: number;
  /** Figures being finished in workers: the painted updates and, once every block is folded, the final ones. */
  finishes: Map<number, Finish>;
  nextFinish: number;
  /** Blocks of the latest update painted. */
  painted: number;
  /** True once the run was started over after losing its final figures with their worker. */
  restarted: boolean;
  resolve: (results: Results | undefined) => void;
  reject: (error: RunError) => void;
  onAbort: () => void;
}

/**
 * The one runner of the CLI, the page and the tests: it plans a run, sends its blocks
 * one at a time to whichever worker is free, and folds the blocks' partials in block
 * order as they arrive (so the quick pass is the run's first blocks, refinements only add
 * blocks, and the results are the same to the last bit for any number and kind of
 * workers). With `stopAt`, the fold stops at the first block boundary where the rule
 * holds, the same boundary everywhere.
 *
 * A worker that dies (its transport says so) or does not answer within the block's
 * timeout is replaced by a fresh one and its block sent again (blocks are deterministic,
 * so the result is identical), up to `retries` times a block; then the run fails with a
 * `worker-lost` error. An exception of the engine fails the run at once (`engine`).
 * Starting a new run, or aborting, cancels the run at hand.
 *
 * @example
 * const runner = new BlockRunner(() => inProcessTransport(), 1);
 * const results = await runner.run({ scenario }, { onUpdate: (u) => paint(u.results) });
 */
export class BlockRunner {
  readonly size: number;
  /** Runs cancelled so far, the latest last (kept short). */
  readonly cancelled: CancelledRun[] = [];
  /** Workers replaced after dying or timing out, over the runner's life. */
  replacedWorkers = 0;
  /** Milliseconds this thread spent folding and summarising in the latest run. */
  lastBusyMs = 0;
  /** The bytes the latest run was stated to need before it started (`RunPlan.memoryBytes`). */
  lastMemoryBytes = 0;
  private readonly slots: Slot[];
  private runId = 0;
  private active: ActiveRun | undefined;

  constructor(private readonly createTransport: TransportFactory, size: number, private readonly options: RunnerOptions = {}) {
    this.size = Math.max(1, Math.floor(size));
    this.slots = Array.from({ length: this.size }, (_, i) => this.connect({ transport: createTransport(i), generation: 0, runId: 0, block: -1 }));
  }

  /**
   * Runs a request; resolves with the final results, or `undefined` if cancelled; rejects
   * with a `RunError`.
   */
  run(request: RunRequest, handlers: RunHandlers = {}): Promise<Results | undefined> {
    this.cancel();
    let plan: RunPlan;
    try {
      plan = planRun(request);
    } catch (error) {
      if (error instanceof RunRefused) return Promise.reject(new RunError('refused', error.message, error.path));
      return Promise.reject(new RunError('engine', error instanceof Error ? error.message : String(error)));
    }
    this.lastMemoryBytes = plan.memoryBytes;
    const runId = ++this.runId;
    const quick = Math.min(plan.blocksTotal, Math.max(1, this.options.quickBlocks ?? 2));
    const milestones = new Set<number>();
    // The quick pass, then twice, four times... as many blocks up to a quarter of the run: each
    // update summarises every block so far, so their cost stays within a third of the final's.
    milestones.add(quick);
    for (let m = 2 * quick; m <= plan.blocksTotal / 4; m *= 2) milestones.add(m);
    this.lastBusyMs = 0;
    return new Promise((resolve, reject) => {
      const run: ActiveRun = {
        runId, plan, request, handlers, resolve, reject, milestones,
        fold: new RunFold(plan),
        next: 0,
        attempts: new Map(),
        finishes: new Map(),
        nextFinish: 0,
        painted: 0,
        restarted: false,
        timeoutMs: this.options.blockTimeoutMs ?? blockTimeoutMs(plan),
        onAbort: () => {
          if (this.active === run) this.cancel();
        },
      };
      this.active = run;
      if (handlers.signal?.aborted) return this.cancel();
      handlers.signal?.addEventListener('abort', run.onAbort);
      for (const slot of this.slots) {
        this.clearTimer(slot);
        slot.block = -1;
        slot.transport.post({ type: 'start', runId, request });
      }
      for (const slot of this.slots) this.dispatch(slot);
    });
  }

  /** Cancels the run at hand, if any, and stops every worker. */
  dispose(): void {
    this.cancel();
    for (const slot of this.slots) {
      this.clearTimer(slot);
      slot.generation++;
      slot.transport.terminate();
    }
  }

  /** Cancels the run at hand: no more of its blocks are sent, and its late replies are dropped. */
  private cancel(): void {
    const run = this.active;
    if (!run) return;
    this.cancelled.push({ runId: run.runId, blocksSent: run.next, blocksTotal: run.fold.blocksNeeded });
    if (this.cancelled.length > 20) this.cancelled.shift();
    this.end(run);
    run.resolve(undefined);
  }

  private end(run: ActiveRun): void {
    if (this.active !== run) return;
    this.active = undefined;
    run.handlers.signal?.removeEventListener('abort', run.onAbort);
    for (const slot of this.slots) {
      this.clearTimer(slot);
      slot.block = -1;
      slot.transport.post({ type: 'release' });
    }
  }

  private fail(run: ActiveRun, error: RunError): void {
    this.end(run);
    run.reject(error);
  }

  private dispatch(slot: Slot): void {
    const run = this.active;
    if (!run || slot.block >= 0 || run.fold.done || run.next >= run.fold.blocksNeeded) return;
    this.send(slot, run, run.next++);
  }

  private send(slot: Slot, run: ActiveRun, block: number): void {
    slot.runId = run.runId;
    slot.block = block;
    slot.transport.post({ type: 'block', runId: run.runId, block });
    this.clearTimer(slot);
    slot.timer = setTimeout(() => this.failed(slot, `did not answer within ${Math.round(run.timeoutMs / 1000)} s`), run.timeoutMs);
  }

  private connect(slot: Slot): Slot {
    const generation = slot.generation;
    slot.transport.connect(
      (message) => {
        if (slot.generation === generation) this.received(slot, message);
      },
      (reason) => {
        if (slot.generation === generation) this.failed(slot, reason);
      },
    );
    return slot;
  }

  private received(slot: Slot, message: FromWorker): void {
    const run = this.active;
    if (!run || message.runId !== run.runId) return;
    if (message.type === 'error') {
      const where = message.block === undefined ? '' : ` in block ${message.block}`;
      return this.fail(run, new RunError('engine', `The simulation failed${where}: ${message.message}`));
    }
    if (message.type === 'finished') return this.finished(run, message.id, message.outputs);
    const { partials } = message;
    if (slot.runId !== run.runId || slot.block !== partials.block) return;
    this.clearTimer(slot);
    slot.block = -1;
    const started = performance.now();
    const before = run.fold.blocksFolded;
    const wasDone = run.fold.done;
    const after = run.fold.add(partials);
    if (after > before) run.handlers.onProgress?.(after, run.fold.blocksNeeded);
    const crossed = [...run.milestones].some((m) => m > before && m <= after);
    // A block past the stopping point (already in a worker when the rule held) changes nothing.
    if (wasDone) return;
    const wanted = run.fold.done || (crossed && run.handlers.onUpdate !== undefined);
    // The quick pass is painted at once, from here (its few blocks cost little), so that it is
    // always the first thing painted; later updates and the final figures go to a worker.
    const here = this.options.finishInWorker === false || (!run.fold.done && run.painted === 0);
    if (wanted && here) {
      const results = run.fold.results();
      if (run.fold.done) {
        this.lastBusyMs += performance.now() - started;
        return this.complete(run, results);
      }
      run.painted = after;
      run.handlers.onUpdate?.({ results, blocksDone: after, blocksTotal: run.fold.blocksNeeded, final: false });
    } else if (wanted) {
      // The figures themselves are finished in a worker: this thread only folds.
      this.finishIn(run, slot, run.fold.done);
    }
    this.lastBusyMs += performance.now() - started;
    this.dispatch(slot);
  }

  /**
   * Sends the fold so far to a worker to finish (an idle one if any): a copy for an update
   * painted during the run; for the final figures the buffers themselves (the fold is done
   * with them), under the block timeout.
   */
  private finishIn(run: ActiveRun, busy: Slot, final: boolean): void {
    const slot = this.slots.find((s) => s.block < 0) ?? busy;
    const id = run.nextFinish++;
    const folded = run.fold.partials();
    run.finishes.set(id, { slot, blocks: run.fold.blocksFolded, trials: run.fold.trials, final, stopped: run.fold.stopped });
    slot.transport.post({ type: 'finish', runId: run.runId, id, folded }, final ? buffersOf(folded) : []);
    if (!final) return;
    this.clearTimer(slot);
    slot.timer = setTimeout(() => this.failed(slot, `did not answer within ${Math.round(run.timeoutMs / 1000)} s`), run.timeoutMs);
  }

  private finished(run: ActiveRun, id: number, outputs: AnalysisOutputs): void {
    const finish = run.finishes.get(id);
    if (!finish) return;
    run.finishes.delete(id);
    const started = performance.now();
    const results = resultsOf(run.plan, outputs, finish.trials, finish.stopped);
    this.lastBusyMs += performance.now() - started;
    if (finish.final) {
      this.clearTimer(finish.slot);
      return this.complete(run, results);
    }
    if (finish.blocks <= run.painted) return;
    run.painted = finish.blocks;
    run.handlers.onUpdate?.({ results, blocksDone: finish.blocks, blocksTotal: run.fold.blocksNeeded, final: false });
  }

  /** The run's final results, painted and returned. */
  private complete(run: ActiveRun, results: Results): void {
    this.end(run);
    const blocks = run.fold.blocksFolded;
    run.handlers.onUpdate?.({ results, blocksDone: blocks, blocksTotal: blocks, final: true });
    run.resolve(results);
  }

  /**
   * The worker finishing the final figures was lost, and the folded partials with it: the
   * run starts over (its blocks are deterministic, so its figures are the same), once.
   */
  private restart(run: ActiveRun, reason: string): void {
    if (run.restarted) {
      return this.fail(run, new RunError('worker-lost', `A worker stopped while finishing the figures (${reason}), twice; the run was given up.`));
    }
    run.restarted = true;
    run.fold = new RunFold(run.plan);
    run.next = 0;
    run.attempts.clear();
    run.finishes.clear();
    for (const slot of this.slots) {
      this.clearTimer(slot);
      slot.block = -1;
    }
    for (const slot of this.slots) this.dispatch(slot);
  }

  /** A worker died or timed out: replace it, and send its block again (or give up on the run). */
  private failed(slot: Slot, reason: string): void {
    this.clearTimer(slot);
    slot.generation++;
    slot.transport.terminate();
    slot.transport = this.createTransport(this.slots.indexOf(slot));
    this.replacedWorkers++;
    this.connect(slot);
    const run = this.active;
    const block = slot.block;
    slot.block = -1;
    if (!run) return;
    slot.transport.post({ type: 'start', runId: run.runId, request: run.request });
    const finishes = [...run.finishes].filter(([, f]) => f.slot === slot);
    for (const [id] of finishes) run.finishes.delete(id);
    if (finishes.some(([, f]) => f.final)) return this.restart(run, reason);
    if (slot.runId !== run.runId || block < 0) return this.dispatch(slot);
    const attempts = (run.attempts.get(block) ?? 0) + 1;
    run.attempts.set(block, attempts);
    const retries = this.options.retries ?? 2;
    if (attempts > retries) {
      return this.fail(run, new RunError('worker-lost', `A worker stopped while simulating block ${block} (${reason}), ${attempts} times; the run was given up.`));
    }
    this.send(slot, run, block);
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer !== undefined) clearTimeout(slot.timer);
    slot.timer = undefined;
  }
}
