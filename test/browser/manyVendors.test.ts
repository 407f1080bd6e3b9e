import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, rankedVendors, runScenario } from '../../src/engine/index.js';
import { readJson } from '../helpers/fixtures.js';
import { appState, openDashboard, openFile, showAnalyst, waitForFinal } from './dashboardPage.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';

const suite = dashboardSuite();

/** The default catalogue with 30 candidates (its four vendors again and again, priced apart) and its reference. */
function thirtyVendors() {
  const json = readJson('models/retail-bpo-2021.json');
  json.simulation.trials = 20_000;
  const reference = json.vendors.filter((v: { reference?: boolean }) => v.reference);
  const candidates = json.vendors.filter((v: { reference?: boolean }) => !v.reference);
  json.vendors = [...reference, ...Array.from({ length: 30 }, (_, i) => {
    const v = candidates[i % candidates.length];
    const price = typeof v.annualPrice === 'number' ? v.annualPrice : v.annualPrice.value;
    return { ...v, id: `vendor-${i}`, name: `Vendor ${i}`, annualPrice: price + 1000 * i };
  })];
  return json;
}

describe('a scenario with many vendors', () => {
  for (const width of [1280, 390]) {
    it(`shows the 12 cheapest cards and histograms and the reference, every one a click away (${width} px)`, async () => {
      const page = await openDashboard(suite.browsers[0].context, suite.url, '', width, 900);
      const runsBefore = Number(await appState(page, 'runs'));
      const json = thirtyVendors();
      await openFile(page, { name: 'thirty.json', text: JSON.stringify(json) });
      await waitForFinal(page, runsBefore + 1);
      const ranked = rankedVendors(runScenario(parseScenario(JSON.stringify(json)))).map((v) => v.id);
      const firstShown = [...ranked.slice(0, 12), ranked.at(-1)];

      const cards = () => page.$$eval('[data-testid=vendor-card]', (els) => els.map((e) => e.getAttribute('data-vendor')));
      expect(await cards()).toEqual(firstShown);
      const cardToggle = page.locator('.vendor-cards-section [data-testid=show-all-vendors]');
      await expect.poll(() => cardToggle.textContent()).toMatch(/Show all 30/);
      expect(await page.textContent('.vendor-cards-section .show-all')).toMatch(/Cards of the 12 cheapest of 30 vendors/);

      const rows = () => page.$$eval('[data-testid=loss-histograms] .row[data-vendor]', (els) => els.map((e) => e.getAttribute('data-vendor')));
      expect(await rows()).toEqual(firstShown);
      // The histograms' data table keeps every vendor, its header in the order of its cells.
      const header = await page.$$eval('[data-testid=loss-histograms] thead th[data-vendor]', (els) => els.map((e) => e.getAttribute('data-vendor')));
      const cells = await page.$$eval('[data-testid=loss-histograms] tbody tr:first-child td', (els) => els.map((e) => e.getAttribute('data-vendor')));
      expect(header).toEqual(ranked);
      expect(cells).toEqual(ranked);

      await page.locator('.vendor-cards-section').screenshot({ path: join(artifacts, `many-vendors-${width}.png`) });
      await cardToggle.click();
      expect(await cards()).toEqual(ranked);
      expect(await cardToggle.getAttribute('aria-expanded')).toBe('true');
      // Each list has its own toggle.
      expect(await rows()).toEqual(firstShown);
      await page.click('[data-testid=loss-histograms] [data-testid=show-all-vendors]');
      expect(await rows()).toEqual(ranked);
      await cardToggle.click();
      expect(await cards()).toEqual(firstShown);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }

  for (const width of [1280, 390]) {
    it(`folds each vendor's controls in the Assumptions view, one click from editing them, their errors on the card (${width} px)`, async () => {
      const page = await openDashboard(suite.browsers[0].context, suite.url, '', width, 900);
      const json = thirtyVendors();
      // Vendor 5 holds a coverage the engine refuses: its error must show while its controls are folded.
      const broken = json.vendors.findIndex((v: { id: string }) => v.id === 'vendor-5');
      json.vendors[broken].controls = [...json.vendors[broken].controls.slice(1), { id: 'mfa', coverage: 1.5 }];
      await openFile(page, { name: 'thirty.json', text: JSON.stringify(json) });
      await showAnalyst(page);
      const card = (id: string) => page.locator(`.vendors article[data-vendor="${id}"]`);
      const catalogue = Object.keys(json.controls).length;

      // Every card is folded, counting what its vendor holds (a bare id, or a coverage above 0).
      const held = (v: { controls: (string | { coverage?: number })[] }) =>
        v.controls.filter((c) => typeof c === 'string' || (c.coverage ?? 1) > 0).length;
      const vendor3 = json.vendors.find((v: { id: string }) => v.id === 'vendor-3');
      expect(await card('vendor-3').locator('details.controls-toggle summary').textContent()).toBe(`Controls: ${held(vendor3)} of ${catalogue} held`);
      expect(await page.locator('.vendors [data-vendor-control]').count()).toBe(0);
      expect(await card('vendor-5').locator('[data-testid=field-error]').allTextContents()).toEqual([expect.stringMatching(/coverage/i)]);

      // Opened, a vendor's controls edit the scenario as they do with few vendors.
      await card('vendor-3').locator('summary').click();
      const rows = card('vendor-3').locator('[data-vendor-control]');
      await expect.poll(() => rows.count()).toBe(catalogue);
      const lacking = card('vendor-3').locator('[data-vendor-control][data-held=false]').first();
      const id = await lacking.getAttribute('data-vendor-control');
      await lacking.locator('input[type=checkbox]').check();
      await expect.poll(() => card('vendor-3').locator('summary').textContent()).toBe(`Controls: ${held(vendor3) + 1} of ${catalogue} held`);
      expect(await card('vendor-3').locator(`[data-vendor-control="${id}"]`).getAttribute('data-held')).toBe('true');
      await card('vendor-3').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, `many-vendors-assumptions-${width}.png`) });
      expect(await page.locator('.vendors [data-vendor-control]').count()).toBe(catalogue);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }
});
