/// <reference lib="webworker" />
import { serveRuns } from '../runner/serveRuns.js';
import type { ToWorker } from '../runner/protocol.js';

/**
 * The page's engine worker: `serveRuns` over `postMessage`. It imports only the engine's
 * simulation and analyses (the page has validated the scenario), so it starts quickly.
 */
const handle = serveRuns((message, transfer) => (self as unknown as Worker).postMessage(message, transfer));
self.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
