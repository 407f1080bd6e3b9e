import { parentPort } from 'node:worker_threads';
import { modelFor, simulateBlock, transferList, type Model, type Scenario } from '../engine/index.js';
import type { ToWorker, FromWorker } from './threadProtocol.js';

/** A worker thread of the CLI: simulates the blocks it is sent and transfers them back. */
let model: Model | undefined;
parentPort!.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'start') {
      model = modelFor(message.scenario as Scenario, { trials: message.trials, seed: message.seed });
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
