import { parentPort } from 'node:worker_threads';
import { compileModel, type Model } from '../engine/model/compileModel.js';
import { simulateBlock } from '../engine/simulate/simulateBlock.js';
import { transferList } from '../engine/simulate/blockResult.js';
import type { Scenario } from '../engine/scenario/schema.js';
import type { ToWorker, FromWorker } from './threadProtocol.js';

/**
 * A worker thread of the CLI: simulates the blocks it is sent and transfers them back.
 * It imports only the simulation (not the scenario validator), so it starts quickly;
 * the scenario it receives was validated by the main thread.
 */
let model: Model | undefined;
parentPort!.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'start') {
      model = compileModel(message.scenario as Scenario, { trials: message.trials, seed: message.seed });
      return;
    }
    const result = simulateBlock(model!, message.block);
    const reply: FromWorker = { type: 'block', result };
    parentPort!.postMessage(reply, transferList(result));
  } catch (error) {
    const reply: FromWorker = { type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) };
    parentPort!.postMessage(reply);
  }
});
