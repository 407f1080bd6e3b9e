/// <reference lib="webworker" />
import { compileModel } from '../engine/model/compileModel.js';
import { simulateBlock } from '../engine/simulate/simulateBlock.js';
import { parameterDraws } from '../engine/simulate/parameterDraws.js';
import { BLOCK_TRIALS } from '../engine/version.js';
import type { Scenario } from '../engine/scenario/schema.js';
import { trialsCsvHeader, trialsCsvRows } from './trialsCsv.js';
import type { FromTrialsWorker, ToTrialsWorker } from './trialsProtocol.js';

/**
 * A trials worker: regenerates a run block by block from its seed (the same blocks the
 * engine workers simulated, so the same trials) and sends each block's rows of the per-trial
 * CSV as a `Blob`, so neither it nor the page ever holds the whole file. The page cancels
 * by terminating it.
 */
const post = (message: FromTrialsWorker) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<ToTrialsWorker>) => {
  const { scenario, trials, seed } = event.data;
  try {
    const model = compileModel(scenario as Scenario, { trials, seed });
    const blocks = Math.ceil(model.trials / BLOCK_TRIALS);
    let header = '';
    for (let b = 0; b < blocks; b++) {
      const draws = parameterDraws(model, b);
      if (b === 0) header = trialsCsvHeader(model, draws.names);
      const result = simulateBlock(model, b, { perTrial: true });
      const rows = trialsCsvRows(result, draws);
      post({ type: 'part', part: new Blob(b === 0 ? [header, rows] : [rows], { type: 'text/csv' }), trialsDone: b * BLOCK_TRIALS + result.trials, trials: model.trials });
    }
    if (blocks === 0) post({ type: 'part', part: new Blob([trialsCsvHeader(model, parameterDraws(model, 0).names)]), trialsDone: 0, trials: 0 });
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
