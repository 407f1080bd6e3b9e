import { AxeBuilder } from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readJson, repositoryRoot } from '../helpers/fixtures.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { appState, openDashboard, openScenarios, runs, showAnalyst, showExecutive, typeInto, waitForFinal } from './dashboardPage.js';

const suite = dashboardSuite();
const open = (width?: number, height?: number) => openDashboard(suite.browsers[0].context, suite.url, '', width, height);

/** The built CLI, as a user runs it. */
const bin = join(repositoryRoot, 'build/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'breach-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(scenario: unknown, ...args: string[]): string {
  const path = join(work, 'scenario.json');
  writeFileSync(path, JSON.stringify(scenario));
  const run = spawnSync(process.execPath, [bin, path, ...args], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  return run.stdout;
}

/** Clicks `testid` and reads the file the page downloads. */
async function download(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** Picks `text` as the vendors CSV to import, as a person would in the file dialog. */
async function importVendors(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=import-vendors-csv]')]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.waitForSelector('[data-testid=import-preview]');
}

const model = () => readJson('models/retail-bpo-2021.json');

describe('taking everything out of the page', () => {
  it('downloads the results JSON and the summary CSV exactly as the CLI writes them for the same scenario and seed', async () => {
    const page = await open();
    await openScenarios(page);
    const json = await download(page, 'download-results-json');
    const csv = await download(page, 'download-summary-csv');
    const trials = String(model().simulation.trials);
    expect(json.name).toBe('retail-e-commerce-customer-service-bpo-shortlist-results.json');
    expect(json.text).toBe(cli(model(), '--trials', trials, '--format', 'json'));
    expect(csv.name).toBe('retail-e-commerce-customer-service-bpo-shortlist-summary.csv');
    expect(csv.text).toBe(cli(model(), '--trials', trials, '--format', 'csv'));
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('offers the results only when they are final and not stale, and says why not', async () => {
    const page = await open();
    await openScenarios(page);
    expect(await page.isEnabled('[data-testid=download-results-json]')).toBe(true);
    await showAnalyst(page);
    await typeInto(page, 'frequency.annualIncidence.value', '1.5');
    await page.waitForFunction(() => document.querySelector('[data-testid=app]')?.getAttribute('data-stale') === 'true');
    expect(await page.isDisabled('[data-testid=download-results-json]')).toBe(true);
    expect(await page.isDisabled('[data-testid=download-summary-csv]')).toBe(true);
    expect(await page.textContent('[data-testid=results-unavailable]')).toMatch(/out of date: the scenario has 1 problem to fix/);
    await page.close();
  });

  it('neutralises a formula-looking vendor name in the summary CSV (the CLI\'s bytes) and the vendors CSV', async () => {
    const page = await open();
    await showAnalyst(page);
    const count = await runs(page);
    await typeInto(page, 'vendors[1].name', '=HYPERLINK("x")');
    await waitForFinal(page, count + 1);
    await openScenarios(page);
    const csv = await download(page, 'download-summary-csv');
    const scenario = model();
    scenario.vendors[1].name = '=HYPERLINK("x")';
    expect(csv.text).toBe(cli(scenario, '--trials', String(scenario.simulation.trials), '--format', 'csv'));
    expect(csv.text.split('\n')[2]).toMatch(/^northwind,"'=HYPERLINK\(""x""\)",7400000,/);
    const vendors = await download(page, 'export-vendors-csv');
    expect(vendors.text.split('\n')[2]).toMatch(/^northwind,"'=HYPERLINK\(""x""\)",7400000,yes,/);
    // And it comes back as it was: importing the export changes nothing.
    await importVendors(page, vendors.name, vendors.text);
    expect(await page.textContent('[data-testid=import-preview]')).toContain('the same vendors as now; nothing to change');
    await page.close();
  });

  it('round-trips the vendors CSV: export then import changes nothing', async () => {
    const page = await open();
    await openScenarios(page);
    const vendors = await download(page, 'export-vendors-csv');
    expect(vendors.name).toBe('retail-e-commerce-customer-service-bpo-shortlist-vendors.csv');
    const ids = Object.keys(model().controls);
    expect(vendors.text.split('\n')[0]).toBe(['id', 'name', 'annualPrice', ...ids].join(','));
    await importVendors(page, vendors.name, vendors.text);
    expect(await page.textContent('[data-testid=import-preview]')).toContain('nothing to change');
    expect(await page.isDisabled('[data-testid=import-apply]')).toBe(true);
    await page.click('[data-testid=import-cancel]');
    expect(await appState(page, 'can-undo')).toBe('false');
    expect(await page.getAttribute('[data-testid=scenario-status]', 'data-edited')).toBe('false');
    await page.close();
  });

  it('previews an import (added, changed, removed by name), applies it as one undoable step, and Cancel changes nothing', async () => {
    const page = await open();
    await openScenarios(page);
    const exported = await download(page, 'export-vendors-csv');
    const rows = exported.text.trimEnd().split('\n');
    rows[2] = rows[2].replace('7400000', '7000000'); // Northwind cheaper
    rows.splice(5, 1, `acme,"Acme, Inc.",6100000,${Object.keys(model().controls).map((_, i) => (i === 4 ? '0.75' : i < 2 ? 'yes' : 'no')).join(',')}`);
    const text = `${rows.join('\n')}\n`;

    await importVendors(page, 'shortlist.csv', text);
    expect(await page.getAttribute('[data-testid=import-added]', 'data-count')).toBe('1');
    expect(await page.textContent('[data-testid=import-added]')).toContain('Acme, Inc.');
    expect(await page.textContent('[data-testid=import-changed]')).toContain('Northwind Contact: price 7400000 → 7000000');
    expect(await page.textContent('[data-testid=import-removed]')).toContain('Lowell Outsourcing');
    for (const [width, height] of [[1280, 900], [390, 844]]) {
      await page.setViewportSize({ width, height });
      await page.locator('[data-testid=import-preview]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, `export-import-preview-${width}.png`) });
      // Nothing wider than the screen, and no accessibility violation of any impact in the panel.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const violations = (await new AxeBuilder({ page } as any).include('[data-testid=export-panel]').analyze()).violations.map((v) => v.id);
      expect(violations).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.click('[data-testid=import-cancel]');
    expect(await page.textContent('[data-testid=import-status]')).toContain('Nothing was changed');
    expect(await appState(page, 'can-undo')).toBe('false');

    const count = await runs(page);
    await importVendors(page, 'shortlist.csv', text);
    await page.click('[data-testid=import-apply]');
    await waitForFinal(page, count + 1);
    await showExecutive(page);
    expect(await page.locator('[data-testid=vendor-card][data-vendor=acme]').count()).toBe(1);
    expect(await page.locator('[data-testid=vendor-card][data-vendor=lowell]').count()).toBe(0);
    // The whole import is one step: one undo brings every vendor back.
    await page.click('[data-testid=undo]');
    await waitForFinal(page, count + 2);
    expect(await page.locator('[data-testid=vendor-card][data-vendor=lowell]').count()).toBe(1);
    expect(await page.locator('[data-testid=vendor-card][data-vendor=acme]').count()).toBe(0);
    expect(await appState(page, 'can-undo')).toBe('false');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('names the row and column of each problem of a malformed vendors CSV and changes nothing', async () => {
    const page = await open();
    await openScenarios(page);
    const ids = Object.keys(model().controls);
    const cells = (coverage: string) => ids.map((_, i) => (i === 1 ? coverage : 'no')).join(',');
    const text = [
      ['id', 'name', 'annualPrice', ...ids].join(','),
      `a,Acme,6000000,${cells('1.5')}`,
      `b,Bee,lots,${cells('yes')}`,
      `a,Sea,5000000,${cells('no')}`,
    ].join('\n');
    await importVendors(page, 'bad.csv', text);
    const problems = await page.$$eval('[data-testid=import-problem]', (es) => es.map((e) => e.textContent));
    expect(problems).toEqual([
      `Row 2, column E (${ids[1]}): coverage 1.5 is not between 0 and 1 (or yes, no)`,
      'Row 3, column C (annualPrice): "lots" is not a number',
      'Row 4, column A (id): id "a" again (first in row 2)',
    ]);
    expect(await page.locator('[data-testid=import-apply]').count()).toBe(0);
    await page.locator('[data-testid=import-preview]').screenshot({ path: join(artifacts, 'export-import-problems.png') });

    await importVendors(page, 'bad.csv', `name,annualPrice,mfx\nAcme,5,yes\n`);
    const header = await page.$$eval('[data-testid=import-problem]', (es) => es.map((e) => e.textContent));
    expect(header).toContain('Row 1: no "id" column');
    expect(header.some((p) => /^Row 1, column C \(mfx\): "mfx" is not a control of the scenario/.test(p!))).toBe(true);
    await page.click('[data-testid=import-cancel]');
    expect(await appState(page, 'can-undo')).toBe('false');
    expect(await page.getAttribute('[data-testid=scenario-status]', 'data-edited')).toBe('false');
    await page.close();
  });
});
