import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { BrowserContext } from 'playwright-core';
import { digestResults, parseScenario, runScenario } from '../../src/engine/index.js';
import { digestNumbers } from '../../src/engine/digest.js';
import { exp, log, log1p, expm1, normalQuantile } from '../../src/engine/math/index.js';
import { issueExample, repositoryRoot } from '../helpers/fixtures.js';
import { launchChromium } from './chromium.js';

/** Arguments spanning many magnitudes, the same in both engines (a fixed linear congruential walk). */
function mathInputs(count: number): Float64Array {
  const xs = new Float64Array(count);
  let state = 12345;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    xs[i] = (state / 4294967296) * 1400 - 700; // [-700, 700)
  }
  return xs;
}

/** The digest of the engine's math over `mathInputs`, as both engines compute it. */
function mathDigest(fns: { exp: typeof exp; log: typeof log; log1p: typeof log1p; expm1: typeof expm1; normalQuantile: typeof normalQuantile }, xs: Float64Array, digest: typeof digestNumbers) {
  const out = new Float64Array(xs.length * 5);
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    out[5 * i] = fns.exp(x);
    out[5 * i + 1] = fns.log(Math.abs(x) * 1e-3 + 1e-300);
    out[5 * i + 2] = fns.log1p(x / 701);
    out[5 * i + 3] = fns.expm1(x / 50);
    out[5 * i + 4] = fns.normalQuantile((x + 700) / 1400 + 1e-9);
  }
  return digest(out);
}

describe('bit-identical results in Node and Chromium', () => {
  let server: ViteDevServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let origin: string;

  beforeAll(async () => {
    server = await createServer({ root: repositoryRoot, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    const address = server.httpServer!.address() as { port: number };
    origin = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Evaluates `body` (the text of an async function body taking `arg`) in a page served by
   * Vite, where `import('/src/...')` loads the engine's own modules. Passed as text so that
   * the test runner's transform leaves its dynamic imports alone.
   */
  async function inChromium<T>(body: string, arg: unknown): Promise<T> {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/test/browser/blank.html`);
    try {
      return await page.evaluate(`(async (arg) => { ${body} })(${JSON.stringify(arg)})`) as T;
    } finally {
      await page.close();
    }
  }

  it('the deterministic math gives the same bits (200,000 arguments per function)', async () => {
    const xs = mathInputs(200_000);
    const node = mathDigest({ exp, log, log1p, expm1, normalQuantile }, xs, digestNumbers);
    const chromium = await inChromium<string>(`
      const count = arg.count;
      const math = await import('/src/engine/math/index.ts');
      const { digestNumbers } = await import('/src/engine/digest.ts');
      const xs = new Float64Array(count);
      let state = 12345;
      for (let i = 0; i < count; i++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        xs[i] = (state / 4294967296) * 1400 - 700;
      }
      const out = new Float64Array(xs.length * 5);
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i];
        out[5 * i] = math.exp(x);
        out[5 * i + 1] = math.log(Math.abs(x) * 1e-3 + 1e-300);
        out[5 * i + 2] = math.log1p(x / 701);
        out[5 * i + 3] = math.expm1(x / 50);
        out[5 * i + 4] = math.normalQuantile((x + 700) / 1400 + 1e-9);
      }
      return digestNumbers(out);`, { count: xs.length });
    expect(chromium).toBe(node);
  });

  it('a scenario run gives the same digest of every result number', async () => {
    const json = issueExample();
    json.frequency.annualIncidence = { dist: 'beta', alpha: 39, beta: 61 };
    const node = runScenario(parseScenario(JSON.stringify(json)), { trials: 50_000 });
    const chromium = await inChromium<{ digest: string; results: unknown }>(`
      const engine = await import('/src/engine/index.ts');
      const results = engine.runScenario(engine.parseScenario(arg.text), { trials: 50000 });
      return { digest: engine.digestResults(results), results };`, { text: JSON.stringify(json) });
    expect(chromium.digest).toBe(digestResults(node));
    expect(chromium.results).toEqual(node);
  });

  it('a contract (5 years, indemnity, insurance, discounting) gives the same digest and the same contract figures', async () => {
    const json = JSON.parse(readFileSync(join(repositoryRoot, 'models/retail-bpo-contract.json'), 'utf8'));
    json.contract.years = 5;
    const node = runScenario(parseScenario(JSON.stringify(json)), { trials: 30_000 });
    const chromium = await inChromium<{ digest: string; contract: unknown }>(`
      const engine = await import('/src/engine/index.ts');
      const results = engine.runScenario(engine.parseScenario(arg.text), { trials: 30000 });
      return { digest: engine.digestResults(results), contract: results.contract };`, { text: JSON.stringify(json) });
    expect(chromium.digest).toBe(digestResults(node));
    expect(chromium.contract).toEqual(node.contract);
  });
});
