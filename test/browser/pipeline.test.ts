import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestResults, parseScenario, runScenario } from '../../src/engine/index.js';
import { readJson } from '../helpers/fixtures.js';
import { appState, openDashboard, openFile, showAnalyst, typeInto, waitForFinal } from './dashboardPage.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';

const suite = dashboardSuite();
const open = (query = '', width?: number, height?: number) => openDashboard(suite.browsers[0].context, suite.url, query, width, height);

/** The default model with a change, as the page would run it. */
const modelWith = (change: (json: any) => void) => {
  const json = readJson('models/retail-bpo-2021.json');
  change(json);
  return json;
};

describe('the run pipeline in the page', () => {
  it('a worker that dies mid-run is replaced: the run completes with exactly the figures of an undisturbed run', async () => {
    const page = await open('?workers=2&blockTimeout=1500');
    const runsBefore = Number(await appState(page, 'runs'));
    await showAnalyst(page);
    await typeInto(page, 'simulation.trials', '600000');
    // Stop one worker from the outside once the run is under way: it never answers its block again.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=progress]')?.getAttribute('aria-valuenow')) > 5);
    const [worker] = page.workers();
    void worker.evaluate(() => self.close()).catch(() => {});
    await waitForFinal(page, runsBefore + 1);
    expect(Number(await appState(page, 'replaced-workers'))).toBeGreaterThanOrEqual(1);
    expect(await appState(page, 'phase')).toBe('done');
    const expected = runScenario(parseScenario(JSON.stringify(modelWith((json) => (json.simulation.trials = 600_000)))));
    expect(Number(await appState(page, 'trials'))).toBe(600_000);
    expect(await appState(page, 'digest')).toBe(digestResults(expected));
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('runs a scenario with stopAt until it is precise, to the same trials and figures as the engine', async () => {
    const page = await open();
    const runsBefore = Number(await appState(page, 'runs'));
    const json = modelWith((j) => (j.simulation.stopAt = { relativeStandardError: 0.0004, minTrials: 40_000 }));
    await openFile(page, { name: 'precise.json', text: JSON.stringify(json) });
    await waitForFinal(page, runsBefore + 1);
    const expected = runScenario(parseScenario(JSON.stringify(json)));
    expect(expected.stop!.reason).toBe('precision');
    expect(Number(await appState(page, 'trials'))).toBe(expected.trials);
    expect(await appState(page, 'digest')).toBe(digestResults(expected));
    await expect.poll(() => page.textContent('[data-testid=run-status]')).toMatch(/Stopped at [\d,]+ simulated years: every vendor's expected loss within 0\.04%/);
    await page.screenshot({ path: join(artifacts, 'stop-at-laptop.png'), fullPage: true });
    await page.close();
  });

  it('"Run until precise" in the Assumptions view gives the scenario a stopAt rule the run follows', async () => {
    const page = await open();
    await showAnalyst(page);
    await page.check('[data-testid=stop-at-toggle]');
    await typeInto(page, 'simulation.stopAt.minTrials', '20000');
    const json = modelWith((j) => (j.simulation.stopAt = { relativeStandardError: 0.001, minTrials: 20_000 }));
    const expected = runScenario(parseScenario(JSON.stringify(json)));
    // The final run of the draft as it is now (however many runs the edits started on the way).
    await page.waitForFunction((digest) => document.querySelector('[data-testid=app]')?.getAttribute('data-digest') === digest, digestResults(expected), { timeout: 30_000 });
    expect(Number(await appState(page, 'trials'))).toBe(expected.trials);
    await page.locator('[data-testid=analyst-view] section.simulation').screenshot({ path: join(artifacts, 'stop-at-editor-laptop.png') });
    await page.close();
  });

  it('shows how the estimate settled, on a laptop and on a phone, without overflow', async () => {
    for (const [width, height, name] of [[1280, 900, 'laptop'], [390, 844, 'phone']] as const) {
      const page = await open('', width, height);
      const chart = page.locator('[data-testid=convergence-chart]');
      await chart.waitFor();
      expect(await chart.locator('path').count()).toBeGreaterThan(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await chart.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, `convergence-${name}.png`) });
      await page.close();
    }
  });
});
