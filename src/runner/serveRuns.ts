// Only the simulation and the analyses: a worker never validates (the runner's side has), so it starts quickly.
import { analyzeBlock, buffersOf } from '../engine/run/analyzeBlock.js';
import { finishAnalyses } from '../engine/run/RunFold.js';
import { planRun, type RunPlan } from '../engine/run/runPlan.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** Sends a message to the runner, transferring the buffers listed. */
export type PostToRunner = (message: FromWorker, transfer: ArrayBuffer[]) => void;

/**
 * A worker's whole job, whatever carries its messages: plan the run it is started on,
 * simulate and analyse each block it is sent, and post the block's partials back,
 * transferring their buffers; at the end, finish the analyses from the folded partials. Each platform's worker entry only connects this to its
 * transport. An exception is posted as an `error` for the run (the engine is
 * deterministic, so the runner does not retry it).
 *
 * @example
 * const handle = serveRuns((message, transfer) => parentPort.postMessage(message, transfer));
 * parentPort.on('message', handle);
 */
export function serveRuns(post: PostToRunner): (message: ToWorker) => void {
  let current: { runId: number; plan: RunPlan } | undefined;
  return (message) => {
    if (message.type === 'release') {
      current = undefined;
      return;
    }
    try {
      if (message.type === 'start') {
        current = undefined;
        current = { runId: message.runId, plan: planRun(message.request) };
        return;
      }
      if (!current || current.runId !== message.runId) return;
      if (message.type === 'finish') {
        const outputs = finishAnalyses(current.plan, message.folded);
        return post({ type: 'finished', runId: message.runId, id: message.id, outputs }, []);
      }
      const partials = analyzeBlock(current.plan, message.block);
      post({ type: 'block', runId: message.runId, partials }, buffersOf(partials));
    } catch (error) {
      post({ type: 'error', runId: message.runId, block: message.type === 'block' ? message.block : undefined, message: error instanceof Error ? error.message : String(error) }, []);
    }
  };
}
