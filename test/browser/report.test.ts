import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runScenario } from '../../src/engine/index.js';
import { defaultModel } from '../helpers/fixtures.js';
import { meanOf } from '../helpers/scenarios.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { cardFigures, openDashboard, showAnalyst, showExecutive, typeInto, waitForFinal } from './dashboardPage.js';

const suite = dashboardSuite();

const open = (query = '', width?: number, height?: number) => openDashboard(suite.browsers[0].context, suite.url, query, width, height);

/** Clicks "Every trial (CSV)" and returns the saved file's path, and the page's peak JS heap while it was written. */
async function downloadTrials(page: Page): Promise<{ path: string; peakHeap: number; baseHeap: number; seconds: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
  };
  await cdp.send('HeapProfiler.collectGarbage');
  const baseHeap = await heap();
  let peakHeap = baseHeap;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakHeap = Math.max(peakHeap, await heap());
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.click('[data-testid=download-trials]')]);
  const path = await download.path();
  sampling = false;
  await sampler;
  await cdp.detach();
  return { path, peakHeap, baseHeap, seconds: (Date.now() - started) / 1000 };
}

/** Column sums of a per-trial CSV, read a line at a time. */
async function columnSums(path: string) {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let header: string[] = [];
  let sums: number[] = [];
  let squares: number[] = [];
  let positive: number[] = [];
  let rows = 0;
  for await (const line of lines) {
    if (header.length === 0) {
      header = line.split(',');
      sums = header.map(() => 0);
      squares = header.map(() => 0);
      positive = header.map(() => 0);
      continue;
    }
    if (line === '') continue;
    const cells = line.split(',');
    for (let i = 0; i < cells.length; i++) {
      const x = Number(cells[i]);
      sums[i] += x;
      squares[i] += x * x;
      if (x > 0) positive[i]++;
    }
    rows++;
  }
  const column = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    const mean = sums[i] / rows;
    return { mean, sd: Math.sqrt(Math.max(0, squares[i] / rows - mean * mean)), positive: positive[i] / rows };
  };
  return { header, rows, column };
}

describe('every trial as CSV', () => {
  it('has column means equal to the page\'s figures, and parameter draws with their closed-form means', async () => {
    const page = await open();
    const figures = await cardFigures(page);
    const { path } = await downloadTrials(page);
    const csv = await columnSums(path);
    const scenario: any = defaultModel();
    // The sample means are not on the page; the same engine in Node gives the run's (the page's results have the CLI's digest).
    const results = runScenario(scenario);
    expect(csv.rows).toBe(100_000);
    expect(csv.header[0]).toBe('trial');
    for (const v of results.vendors) {
      const expected = csv.column(`expected:${v.id}`);
      const loss = csv.column(`loss:${v.id}`);
      // Expected loss: the mean of the expected-loss column, up to the rounding of summing 100,000 doubles.
      expect(Math.abs(expected.mean - figures[v.id]['expected-loss'])).toBeLessThanOrEqual(1e-9 * figures[v.id]['expected-loss']);
      expect(Math.abs(loss.mean - v.expectedLoss.sample.mean)).toBeLessThanOrEqual(1e-9 * v.expectedLoss.sample.mean);
      expect(loss.positive).toBeCloseTo(figures[v.id]['probability-of-breach'], 12);
    }
    const draws = csv.header.filter((h) => h === 'frequency' || h.startsWith('effect:'));
    // The default model's incidence is a fixed number, so no frequency column (test/engine/parameterDraws.test.ts covers one).
    expect(draws).not.toContain('frequency');
    expect(draws.some((d) => d.startsWith('effect:mfa:'))).toBe(true);
    for (const name of draws) {
      const spec = name === 'frequency'
        ? scenario.frequency.annualIncidence
        : scenario.controls[name.split(':')[1]].effects[Number(name.split(':')[2])].reduction;
      const c = csv.column(name);
      expect(Math.abs(c.mean - meanOf(spec)), name).toBeLessThanOrEqual(4 * c.sd / Math.sqrt(csv.rows) + 1e-12);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('streams 1,000,000 trials x 5 vendors without holding the file in the page', async () => {
    const page = await open();
    await showAnalyst(page);
    await typeInto(page, 'simulation.trials', '1000000');
    await waitForFinal(page, 2);
    await showExecutive(page);
    expect(await page.getAttribute('[data-testid=app]', 'data-trials')).toBe('1000000');
    const { path, peakHeap, baseHeap, seconds } = await downloadTrials(page);
    const bytes = statSync(path).size;
    let rows = -1;
    for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) if (line !== '') rows++;
    console.log(`per-trial CSV, 1,000,000 trials x 5 vendors: ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s; page JS heap ${(baseHeap / 1e6).toFixed(1)} MB before, peak ${(peakHeap / 1e6).toFixed(1)} MB`);
    expect(rows).toBe(1_000_000);
    // The page never holds the file: its heap grows by far less than the file's size.
    expect(peakHeap - baseHeap).toBeLessThan(bytes / 10);
    expect(page.errors).toEqual([]);
    await page.close();
  }, 400_000);
});

/** Clicks a button that saves a file and returns the file's bytes and suggested name. */
async function saved(page: Page, selector: string): Promise<{ bytes: Buffer; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { bytes: readFileSync(await download.path()), name: download.suggestedFilename() };
}

const CHARTS = [
  { chart: 'exceedance', figure: 'exceedance-chart', title: 'How bad can a year get?', legend: 'Bluepeak BPO' },
  { chart: 'cost-bars', figure: 'cost-bars', title: 'Price plus expected breach loss', legend: 'expected breach loss' },
  { chart: 'loss-histograms', figure: 'loss-histograms', title: 'Annual loss distribution', legend: 'Bluepeak BPO' },
];

describe('charts as SVG and PNG', () => {
  for (const width of [1280, 390]) {
    it(`saves each chart as a standalone SVG and a 2x PNG, with its title, scenario and seed (${width} px wide)`, async () => {
      const page = await open('', width, width === 1280 ? 900 : 844);
      const scenario: any = defaultModel();
      for (const c of CHARTS) {
        const svg = await saved(page, `[data-testid=download-svg-${c.chart}]`);
        expect(svg.name).toMatch(new RegExp(`-seed-retail-bpo-2021-${c.chart}\\.svg$`));
        const text = svg.bytes.toString('utf8');
        const parsed = await page.evaluate((t) => {
          const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
          return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, width: Number(doc.documentElement.getAttribute('width')), text: doc.documentElement.textContent };
        }, text);
        expect(parsed.error, c.chart).toBeNull();
        expect(parsed.root).toBe('svg');
        expect(parsed.text).toContain(c.title);
        expect(parsed.text).toContain(scenario.name);
        expect(parsed.text).toContain('retail-bpo-2021');
        expect(parsed.text).toContain(c.legend);
        // No style sheet at all: the export writes its style as attributes.
        expect(text).not.toContain('<style');
        expect(text).not.toMatch(/class="(curve|bar|grid|tick)"/);
        // As wide as the chart drawn on screen: its SVG plot (the HTML readout beside it is not part of the image).
        const onScreen = await page.$eval(`[data-testid=${c.figure}]`, (e) => Math.ceil(e.getBoundingClientRect().width));
        const plot = await page.$eval(`[data-testid=${c.figure}] svg:not(.legend svg):not(table svg)`, (e) => e.getBoundingClientRect().width);
        expect(parsed.width).toBeLessThanOrEqual(onScreen);
        expect(parsed.width).toBeGreaterThanOrEqual(Math.floor(plot));
        const png = await saved(page, `[data-testid=download-png-${c.chart}]`);
        expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(png.bytes.readUInt32BE(16)).toBe(2 * Math.round(parsed.width));
        writeFileSync(join(artifacts, `export-${c.chart}-${width}.png`), png.bytes);
      }
      for (const c of CHARTS) await page.locator(`[data-testid=${c.figure}]`).screenshot({ path: join(artifacts, `chart-downloads-${c.chart}-${width}.png`) });
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the board report', () => {
  it('has a Print report button and the method note one click away', async () => {
    const page = await open();
    await page.click('[data-testid=method-note] summary');
    expect(await page.textContent('[data-testid=method-note]')).toMatch(/mean of conditional expectations[\s\S]*no insurance/);
    for (const [width, height] of [[1280, 900], [390, 844]]) {
      await page.setViewportSize({ width, height });
      await page.locator('[data-testid=report-tools]').screenshot({ path: join(artifacts, `report-tools-${width}.png`) });
      await page.locator('footer').screenshot({ path: join(artifacts, `footer-trials-${width}.png`) });
    }
    expect(await page.locator('[data-testid=print-report]').isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints on at most 2 ${format} pages, with the figures, assumptions, method, seed and digest, and no buttons`, async () => {
      const page = await open();
      await page.emulateMedia({ media: 'print' });
      const visible = async (selector: string) => page.locator(selector).first().isVisible();
      expect(await visible('[data-testid=headline]')).toBe(true);
      expect(await visible('[data-testid=report-table]')).toBe(true);
      expect(await visible('[data-testid=exceedance-chart]')).toBe(true);
      expect(await visible('[data-testid=cost-bars]')).toBe(true);
      expect(await visible('[data-testid=report-rest]')).toBe(true);
      expect(await visible('[data-testid=loss-histograms]')).toBe(false);
      const buttons = await page.$$eval('button', (bs) => bs.filter((b) => b.getClientRects().length > 0).length);
      expect(buttons).toBe(0);
      const facts = (await page.textContent('[data-testid=report-facts]'))!;
      expect(facts).toContain('100,000 simulated years');
      expect(facts).toContain('seed “retail-bpo-2021”');
      expect(facts).toContain(`engine ${await page.evaluate(() => document.querySelector('footer')?.textContent?.match(/engine (\S+)/)?.[1])}`);
      expect(await page.textContent('[data-testid=report-digest]')).toMatch(/^[0-9a-f]{8,}$/);
      const rest = (await page.textContent('[data-testid=report-rest]'))!;
      expect(rest).toContain('Thales');
      expect(rest).toMatch(/no insurance/);
      const pdf = await page.pdf({ format, printBackground: true });
      const path = join(artifacts, `report-${format}.pdf`);
      writeFileSync(path, pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      console.log(`report on ${format}: ${pages} page(s), ${pdf.length} bytes`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await page.close();
    });
  }
});
