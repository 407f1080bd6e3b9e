import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { repositoryRoot } from '../helpers/fixtures.js';
import { launchChromium } from './chromium.js';
import { serveDashboard } from './server.js';

/** Where the browser tests save their screenshots (kept as CI artifacts). */
export const artifacts = join(repositoryRoot, 'test-artifacts');

type Browser = Awaited<ReturnType<typeof launchChromium>>;

/**
 * A browser test file's setting: the built dashboard served on a free port and `count`
 * Chromium browsers with profiles of their own, started before the file's tests and closed
 * after them. Read `suite.url` and `suite.browsers` inside the tests.
 *
 * @example
 * const suite = dashboardSuite();
 * it('opens', async () => { const page = await suite.browsers[0].context.newPage(); await page.goto(suite.url); });
 */
export function dashboardSuite(count = 1): { readonly url: string; readonly browsers: readonly Browser[] } {
  let server: Awaited<ReturnType<typeof serveDashboard>> | undefined;
  const browsers: Browser[] = [];
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await serveDashboard();
    for (let i = 0; i < count; i++) browsers.push(await launchChromium());
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    browsers,
  };
}
