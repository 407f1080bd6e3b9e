/// <reference lib="webworker" />
import { compileModel, type Model } from '../engine/model/compileModel.js';
import { simulateBlock } from '../engine/simulate/simulateBlock.js';
import { transferList } from '../engine/simulate/blockResult.js';
import type { Scenario } from '../engine/scenario/schema.js';
import type { FromEngineWorker, ToEngineWorker } from './protocol.js';

/**
 * An engine worker: simulates the blocks it is sent, one message per block, and
 * transfers each result back. It imports only the simulation (the page has validated
 * the scenario), so it starts quickly. A cancelled run simply stops being sent blocks, so the
 * worker stops computing it after the block at hand (a few milliseconds).
 */
let current: { runId: number; model: Model } | undefined;

self.onmessage = (event: MessageEvent<ToEngineWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'start') {
      current = { runId: message.runId, model: compileModel(message.scenario as Scenario, { trials: message.trials, seed: message.seed }) };
      return;
    }
    if (!current || current.runId !== message.runId) return;
    const result = simulateBlock(current.model, message.block);
    const reply: FromEngineWorker = { type: 'block', runId: message.runId, result };
    (self as unknown as Worker).postMessage(reply, transferList(result));
  } catch (error) {
    const reply: FromEngineWorker = { type: 'error', runId: message.runId, message: error instanceof Error ? error.message : String(error) };
    (self as unknown as Worker).postMessage(reply);
  }
};
