import type { AnalysisName, AnalysisOutputs } from '../analyses/registry.js';
import type { MeanEstimate, Results } from '../results.js';
import { analysisOf, type BlockPartials } from './analyzeBlock.js';
import { resultsOf, type StopOutcome } from './resultsOf.js';
import type { RunPlan } from './runPlan.js';

/**
 * A run's partials folded left in block order as blocks arrive, in any order: a block
 * is merged once, when every block before it is in, so the fold (and every number made
 * from it) is the same for any arrival order and any number of workers. With a stopping
 * rule, the fold checks it at each block boundary, in block order, and takes no block
 * after the first boundary where it holds.
 *
 * @example
 * const fold = new RunFold(plan);
 * for (const b of [2, 0, 1]) fold.add(analyzeBlock(plan, b));
 * fold.blocksFolded; // 3
 * fold.results().trials; // 30000
 */
export class RunFold {
  private readonly pending = new Map<number, BlockPartials>();
  private folded: FoldedPartials = {};
  private trialsFolded = 0;
  private next = 0;
  private stoppedBy: StopOutcome | undefined;

  constructor(readonly plan: RunPlan) {}

  /** Blocks folded so far: blocks 0 to `blocksFolded - 1`. */
  get blocksFolded(): number {
    return this.next;
  }

  /** Trials folded so far. */
  get trials(): number {
    return this.trialsFolded;
  }

  /** True once every block the run needs is folded: all of them, or up to where its rule stopped it. */
  get done(): boolean {
    return this.stoppedBy !== undefined || this.next >= this.plan.blocksTotal;
  }

  /** The blocks the run ends with, once known: all of them, or those up to its stopping point. */
  get blocksNeeded(): number {
    return this.stoppedBy ? this.next : this.plan.blocksTotal;
  }

  /** Takes a block's partials; returns the blocks folded after it (blocks after the stopping point are dropped). */
  add(block: BlockPartials): number {
    if (this.done || block.block < this.next || block.block >= this.plan.blocksTotal) return this.next;
    this.pending.set(block.block, block);
    for (let b = this.pending.get(this.next); b && !this.done; b = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      for (const name of this.plan.analyses) {
        const analysis = analysisOf(name);
        const partial = b.partials[name];
        this.folded[name] = this.next === 0 ? partial : analysis.merge(this.folded[name], partial, this.plan.context);
      }
      this.trialsFolded += b.trials;
      this.next++;
      this.checkStop();
    }
    if (this.done) this.pending.clear();
    return this.next;
  }

  /** Each vendor's conditional expected loss over the blocks folded: cheap, for a stopping rule. */
  expectedLosses(): MeanEstimate[] {
    return analysisOf('conditional').finish(this.folded.conditional, this.plan.context) as MeanEstimate[];
  }

  /** Every analysis's output over the blocks folded. */
  outputs(): AnalysisOutputs {
    return finishAnalyses(this.plan, this.partials());
  }

  /** The folded partials themselves (for `finishAnalyses` elsewhere, such as in a worker). */
  partials(): FoldedPartials {
    return this.folded;
  }

  /** The results over the blocks folded (at least one). */
  results(): Results {
    return this.resultsFrom(this.outputs());
  }

  /** The results from outputs finished from this fold's `partials()` (here or in a worker). */
  resultsFrom(outputs: AnalysisOutputs): Results {
    if (this.next === 0) throw new Error('RunFold: no block folded yet');
    return resultsOf(this.plan, outputs, this.trialsFolded, this.stoppedBy);
  }

  /** How the run stopped, once its stopping rule held or its blocks ran out (undefined before). */
  get stopped(): StopOutcome | undefined {
    return this.stoppedBy;
  }

  private checkStop(): void {
    const stop = this.plan.stop;
    if (!stop) return;
    if (this.trialsFolded < stop.minTrials && this.next < this.plan.blocksTotal) return;
    if (this.next >= this.plan.blocksTotal) {
      this.stoppedBy = { reason: precise(this.plan, this.expectedLosses(), stop.relativeStandardError) ? 'precision' : 'maxTrials' };
      return;
    }
    if (precise(this.plan, this.expectedLosses(), stop.relativeStandardError)) this.stoppedBy = { reason: 'precision' };
  }
}

/** A run's partials folded over its first blocks, by analysis name. */
export type FoldedPartials = Partial<Record<AnalysisName, unknown>>;

/**
 * Every analysis's output from folded partials.
 *
 * @example
 * finishAnalyses(plan, fold.partials()).conditional; // [{ mean: 4.47e6, standardError: 0 }, ...]
 */
export function finishAnalyses(plan: RunPlan, folded: FoldedPartials): AnalysisOutputs {
  const outputs: Record<string, unknown> = {};
  for (const name of plan.analyses) outputs[name] = analysisOf(name).finish(folded[name], plan.context);
  return outputs as AnalysisOutputs;
}

/**
 * True when every candidate with a non-zero expected loss has a standard error of at
 * most `target` times its expected loss.
 */
function precise(plan: RunPlan, estimates: readonly MeanEstimate[], target: number): boolean {
  return plan.model.vendors.every((v, j) => v.reference || estimates[j].mean === 0 || estimates[j].standardError <= target * estimates[j].mean);
}

