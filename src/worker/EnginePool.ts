import {
  blockCount, modelFor, summarize, type BlockResult, type Results, type Scenario,
} from '../engine/index.js';
import type { FromEngineWorker, ToEngineWorker } from './protocol.js';

/** A run's progress: results over the blocks finished so far (always a prefix, in block order). */
export interface RunUpdate {
  results: Results;
  blocksDone: number;
  blocksTotal: number;
  /** True for the full run's results. */
  final: boolean;
}

export interface RunRequest {
  scenario: Scenario;
  trials: number;
  seed: string;
  /** Blocks in the quick pass painted first (default 2: 20,000 trials). */
  quickBlocks?: number;
  /** Refinements painted between the quick pass and the final result (default 3). */
  refinements?: number;
}

/**
 * A pool of engine workers that splits a run's blocks among them, one block at a time to
 * whichever worker is free, and combines the finished prefix of blocks in block order:
 * the quick pass is the run's first blocks, refinements only add blocks, and the final
 * results equal the CLI's to the last bit whatever the number of workers.
 *
 * Starting a new run, or aborting the signal, cancels the run at hand: no more blocks
 * are sent for it, so its workers stop computing after the block in hand, and its late
 * messages are dropped.
 *
 * @example
 * const pool = new EnginePool(() => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }), 4);
 * const results = await pool.run({ scenario, trials: 100_000, seed: 'retail-2021' }, (u) => paint(u.results));
 */
/** What a cancelled run had done: blocks handed to workers of the run's total. */
export interface CancelledRun {
  runId: number;
  blocksSent: number;
  blocksTotal: number;
}

export class EnginePool {
  readonly size: number;
  /** Runs cancelled so far, the latest last (kept short). */
  readonly cancelled: CancelledRun[] = [];
  private readonly workers: Worker[];
  private runId = 0;
  private cancelCurrent: (() => void) | undefined;

  constructor(createWorker: () => Worker, size: number) {
    this.size = Math.max(1, Math.floor(size));
    this.workers = Array.from({ length: this.size }, createWorker);
  }

  /**
   * Runs a scenario; resolves with the final results, or `undefined` if cancelled.
   * `onUpdate` receives the quick pass, the refinements and the final results.
   */
  run(
    request: RunRequest,
    onUpdate: (update: RunUpdate) => void = () => {},
    signal?: AbortSignal,
    onProgress: (blocksDone: number, blocksTotal: number) => void = () => {},
  ): Promise<Results | undefined> {
    this.cancelCurrent?.();
    const runId = ++this.runId;
    const model = modelFor(request.scenario, { trials: request.trials, seed: request.seed });
    const labels = { scenario: request.scenario.name, currency: request.scenario.currency };
    const total = blockCount(model.trials);
    const quick = Math.min(total, Math.max(1, request.quickBlocks ?? 2));
    const refinements = request.refinements ?? 3;
    const milestones = new Set<number>([quick, total]);
    for (let r = 1; r <= refinements; r++) milestones.add(Math.max(quick, Math.round((total * r) / (refinements + 1))));

    return new Promise((resolve, reject) => {
      const blocks: (BlockResult | undefined)[] = new Array(total);
      let next = 0;
      let prefix = 0;
      let finished = 0;
      let done = false;
      const finish = (value: Results | undefined, error?: Error) => {
        if (done) return;
        done = true;
        if (!value && !error) {
          this.cancelled.push({ runId, blocksSent: next, blocksTotal: total });
          if (this.cancelled.length > 20) this.cancelled.shift();
        }
        this.cancelCurrent = undefined;
        for (const worker of this.workers) worker.onmessage = null;
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(value);
      };
      const onAbort = () => finish(undefined);
      this.cancelCurrent = onAbort;
      if (signal?.aborted) return finish(undefined);
      signal?.addEventListener('abort', onAbort);

      const send = (worker: Worker) => {
        if (next < total) worker.postMessage({ type: 'block', runId, block: next++ } satisfies ToEngineWorker);
      };
      for (const worker of this.workers) {
        worker.onmessage = (event: MessageEvent<FromEngineWorker>) => {
          const message = event.data;
          if (done || message.runId !== runId) return;
          if (message.type === 'error') return finish(undefined, new Error(message.message));
          blocks[message.result.block] = message.result;
          finished++;
          send(worker);
          onProgress(finished, total);
          const before = prefix;
          while (prefix < total && blocks[prefix]) prefix++;
          for (let p = before + 1; p <= prefix; p++) {
            if (!milestones.has(p)) continue;
            const results = summarize(model, blocks.slice(0, p) as BlockResult[], labels);
            onUpdate({ results, blocksDone: p, blocksTotal: total, final: p === total });
            if (p === total) finish(results);
          }
        };
        worker.postMessage({ type: 'start', runId, scenario: request.scenario, trials: model.trials, seed: model.seed } satisfies ToEngineWorker);
      }
      for (let i = 0; i < this.workers.length; i++) send(this.workers[i]);
    });
  }

  /** Stops every worker. */
  dispose(): void {
    this.cancelCurrent?.();
    for (const worker of this.workers) worker.terminate();
  }
}
