import { parentPort } from 'node:worker_threads';
import { serveRuns } from '../runner/serveRuns.js';
import type { ToWorker } from '../runner/protocol.js';

/**
 * A worker thread of the CLI: `serveRuns` over `parentPort`. It imports only the engine's
 * simulation and analyses; the scenario it receives was validated by the main thread.
 */
const handle = serveRuns((message, transfer) => parentPort!.postMessage(message, transfer));
parentPort!.on('message', (message: ToWorker) => handle(message));
