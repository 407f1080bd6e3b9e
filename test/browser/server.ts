import { preview, type PreviewServer } from 'vite';
import { repositoryRoot } from '../helpers/fixtures.js';

/**
 * Serves the built dashboard (`dist/`, made by `vite build`, which `npm test` runs
 * first) on a free local port, as `vite preview` would.
 */
export async function serveDashboard(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root: repositoryRoot,
    logLevel: 'error',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.httpServer.close(() => resolve())),
  };
}
