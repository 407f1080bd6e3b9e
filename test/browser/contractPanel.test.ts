import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { ContractResults, ContractVendor, ToleranceVerdict } from '../../src/engine/index.js';
import { toleranceAnswer } from '../../src/format/toleranceAnswer.js';
import { repositoryRoot } from '../helpers/fixtures.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { appState, cardFigures, openDashboard, openFile, runs, waitForFinal } from './dashboardPage.js';

/**
 * The executive view's contract panel: shown when the scenario states contract terms,
 * its figures the command line's for the same scenario, trials and seed (another runtime
 * of the same engine, bit for bit), absent for the default model.
 */
const suite = dashboardSuite();
const MODEL = 'models/retail-bpo-contract.json';

/** The command line's contract results for the scenario file `path` at `trials`. */
function cliContract(trials: number, path = join(repositoryRoot, MODEL)): ContractResults {
  return cliJson(trials, path).contract;
}

/** The command line's JSON for the model at `trials`. */
function cliJson(trials: number, path = join(repositoryRoot, MODEL)) {
  const run = spawnSync(process.execPath, [join(repositoryRoot, 'build/cli/main.js'), path, '--trials', String(trials), '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { contract: ContractResults; toleranceVerdict: ToleranceVerdict };
}

/** Every figure under `selector` with a `data-metric`: [metric, vendor, year, value]. */
function figures(page: Page, selector: string): Promise<[string, string, number | undefined, number][]> {
  return page.$$eval(`${selector} [data-metric]`, (es) => es.map((e) => [
    e.getAttribute('data-metric')!, e.getAttribute('data-vendor')!,
    e.hasAttribute('data-year') ? Number(e.getAttribute('data-year')) : undefined, Number(e.getAttribute('data-value')),
  ] as [string, string, number | undefined, number]));
}

/** The value a metric of the panel shows, read from the command line's results. */
function expected(v: ContractVendor, metric: string, year: number | undefined): number {
  const t = v.total;
  const table: Record<string, number | undefined> = {
    'contract-cost': t.presentValue.mean,
    'contract-nominal-cost': t.cost.mean,
    'contract-net-loss': t.netLoss.mean,
    'contract-indemnity': t.indemnity,
    'contract-insurance': t.insurance,
    'contract-price': t.price,
    'contract-premium': t.premium,
    'contract-switching-cost': t.switchingCost,
    'contract-probability-cheapest': v.probabilityCheapest,
    'contract-net-loss-p5': t.quantiles.p5,
    'contract-net-loss-p50': t.quantiles.p50,
    'contract-net-loss-p95': t.quantiles.p95,
    'contract-net-loss-p99': t.quantiles.p99,
    'contract-net-loss-tvar95': t.tailValueAtRisk95,
    'contract-year-cost': year === undefined ? undefined : v.years[year - 1].cost.mean,
  };
  const value = table[metric];
  if (value === undefined) throw new Error(`unexpected metric ${metric}`);
  return value;
}

/** Nothing of the panel sticks out of the window (its data tables scroll inside their own boxes). */
async function panelFits(page: Page): Promise<void> {
  const out = await page.evaluate(() => [...document.querySelectorAll('[data-testid=contract-panel], [data-testid=contract-panel] *')].filter((e) => {
    if (e.getBoundingClientRect().right <= window.innerWidth + 0.5) return false;
    for (let a = e.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return false;
    return true;
  }).map((e) => `${e.tagName} ${e.getAttribute('class') ?? ''}`));
  expect(out).toEqual([]);
}

/** Every figure of the panel is the command line's own, bit for bit. */
async function expectFiguresOf(page: Page, contract: ContractResults): Promise<void> {
  const byId = new Map(contract.vendors.map((v) => [v.id, v]));
  for (const [metric, vendor, year, value] of await figures(page, '[data-testid=contract-panel]')) {
    expect(value, `${metric} ${vendor} ${year ?? ''}`).toBe(expected(byId.get(vendor)!, metric, year));
  }
}

/** The per-year chart's series: vendor id and the years of its points. */
function yearSeries(page: Page): Promise<{ vendor: string; years: number[] }[]> {
  return page.$$eval('[data-testid=contract-years-chart] g.series', (gs) => gs.map((g) => ({
    vendor: g.getAttribute('data-vendor')!,
    years: [...g.querySelectorAll('circle')].map((c) => Number(c.getAttribute('data-year'))),
  })));
}

/** Both charts save as a standalone SVG with their title and legend, and as a 2x PNG (kept in the artifacts). */
async function expectDownloads(page: Page, years: number): Promise<void> {
  const charts = [
    { chart: 'contract-years', title: years === 1 ? 'Expected cost of the year' : `Expected cost each year of the ${years}-year contract`, legend: 'Harbor Support' },
    { chart: 'contract-total', title: years === 1 ? 'Net breach loss over the year' : `Net breach loss over the ${years}-year contract`, legend: '5th–95th percentile' },
  ];
  for (const c of charts) {
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=download-svg-${c.chart}]`)]);
    expect(svg.suggestedFilename()).toMatch(new RegExp(`-${c.chart}\\.svg$`));
    const text = readFileSync(await svg.path(), 'utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, text: doc.documentElement.textContent ?? '' };
    }, text);
    expect(parsed.error, c.chart).toBeNull();
    expect(parsed.text).toContain(c.title);
    expect(parsed.text).toContain(c.legend);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=download-png-${c.chart}]`)]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    writeFileSync(join(artifacts, `export-${c.chart}-${years}-years.png`), bytes);
  }
}

describe('the contract panel', () => {
  it('is absent for the default model, which states no contract', async () => {
    const page = await openDashboard(suite.browsers[0].context, suite.url);
    expect(await page.locator('[data-testid=contract-panel]').count()).toBe(0);
    expect(await page.locator('[data-metric^=contract-]').count()).toBe(0);
    for (const metrics of Object.values(await cardFigures(page))) expect(metrics['contract-cost']).toBeUndefined();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows the contract model\'s figures exactly as the command line computes them, per vendor and per year', async () => {
    const page = await openDashboard(suite.browsers[0].context, suite.url);
    const count = await runs(page);
    await openFile(page, { name: 'retail-bpo-contract.json', text: readFileSync(join(repositoryRoot, MODEL), 'utf8') });
    await page.waitForSelector('[data-testid=contract-panel]');
    await waitForFinal(page, count + 1);
    await page.click('[data-testid=scenarios-toggle]');
    const contract = cliContract(Number(await appState(page, 'trials')));
    const byId = new Map(contract.vendors.map((v) => [v.id, v]));
    const ids = contract.vendors.map((v) => v.id);
    const reference = contract.vendors.filter((v) => v.reference).map((v) => v.id);

    // The title names the contract's length; the cards follow the contract's ranking, the reference last.
    expect(await page.textContent('#contract-title')).toBe(`Over the ${contract.years}-year contract`);
    const order = await page.$$eval('[data-testid=contract-card]', (es) => es.map((e) => [e.getAttribute('data-vendor'), e.getAttribute('data-rank')]));
    expect(order).toEqual([...contract.ranking.map((id, i) => [id, String(i + 1)]), ...reference.map((id) => [id, 'reference'])]);

    // Every figure of the panel is the command line's, bit for bit; every card shows each of its kinds.
    expect((await figures(page, '[data-testid=contract-panel]')).length).toBeGreaterThan(ids.length * (contract.years + 8));
    await expectFiguresOf(page, contract);
    const onCards = await figures(page, '[data-testid=contract-card]');
    for (const id of ids) {
      const metrics = new Set(onCards.filter(([, v]) => v === id).map(([m]) => m));
      const v = byId.get(id)!;
      expect(metrics.has('contract-cost') && metrics.has('contract-nominal-cost') && metrics.has('contract-net-loss'), id).toBe(true);
      expect(metrics.has('contract-indemnity'), id).toBe(v.total.indemnity > 0);
      expect(metrics.has('contract-insurance'), id).toBe(v.total.insurance > 0);
      expect(metrics.has('contract-probability-cheapest'), id).toBe(!v.reference);
    }

    // The parts add up, by hand: the undiscounted cost is price + premium + switching cost + net loss, and each
    // year's cost is that year's; discounting at a positive rate makes the present value the smaller.
    for (const v of contract.vendors) {
      const t = v.total;
      expect(Math.abs(t.price + t.premium + t.switchingCost + t.netLoss.mean - t.cost.mean)).toBeLessThanOrEqual(1e-9 * t.cost.mean);
      for (const y of v.years) expect(Math.abs(y.price + y.premium + y.switchingCost + y.netLoss.mean - y.cost.mean)).toBeLessThanOrEqual(1e-9 * y.cost.mean);
      expect(t.presentValue.mean).toBeLessThan(t.cost.mean);
    }

    // The per-year chart: one series per vendor, each with a point a year carrying its expected cost.
    const series = await yearSeries(page);
    expect(series.map((s) => s.vendor).sort()).toEqual([...ids].sort());
    for (const s of series) expect(s.years).toEqual(Array.from({ length: contract.years }, (_, i) => i + 1));

    // The total chart: a row per vendor; the vendor cards above gain the contract's cost.
    expect(await page.locator('[data-testid=contract-total-chart] g.row').count()).toBe(ids.length);
    const cards = await cardFigures(page);
    for (const id of ids) expect(cards[id]['contract-cost']).toBe(byId.get(id)!.total.presentValue.mean);

    // The headline says whether the vendor it names is within the tolerance, by the command line's verdict.
    const json = cliJson(Number(await appState(page, 'trials')));
    const toleranceLine = toleranceAnswer(json.toleranceVerdict, json.contract.ranking, 'USD');
    expect(toleranceLine).toMatch(/^Harbor Support is within the risk tolerance/);
    expect(await page.textContent('[data-testid=headline-tolerance]')).toBe(toleranceLine);
    // The contract's panel comes before the year's cards, which say they are the year's.
    const [panelTop, cardsTop] = await Promise.all(['[data-testid=contract-panel]', '#vendor-cards-title'].map((q) => page.locator(q).evaluate((e) => e.getBoundingClientRect().top)));
    expect(panelTop).toBeLessThan(cardsTop);
    expect(await page.textContent('#vendor-cards-title')).toBe("A single year, before the contract's terms");

    // The charts' names and data tables are there for screen readers; nothing at all for axe.
    for (const chart of ['contract-years-chart', 'contract-total-chart']) {
      expect(await page.getAttribute(`[data-testid=${chart}] svg[role=img]`, 'aria-label')).toBeTruthy();
      expect(await page.locator(`[data-testid=${chart}] details.data table`).count()).toBe(1);
    }
    const axe = await new AxeBuilder({ page }).include('[data-testid=contract-panel]').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    const panel = page.locator('[data-testid=contract-panel]');
    await panel.screenshot({ path: join(artifacts, 'contract-panel-laptop.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await panel.screenshot({ path: join(artifacts, 'contract-panel-phone.png') });
    await page.locator('[data-testid=vendor-card]').first().screenshot({ path: join(artifacts, 'contract-vendor-card-phone.png') });
    await panelFits(page);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('titles a one-year contract as a year after indemnity and insurance, and draws ten years as ten points', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-panel-'));
    try {
      for (const years of [1, 10]) {
        const json = JSON.parse(readFileSync(join(repositoryRoot, MODEL), 'utf8'));
        json.contract.years = years;
        json.simulation.trials = 20_000;
        const path = join(dir, `contract-${years}.json`);
        writeFileSync(path, JSON.stringify(json));
        const page = await openDashboard(suite.browsers[0].context, suite.url, '', years === 1 ? 390 : 1280, 900);
        const count = await runs(page);
        await openFile(page, { name: `contract-${years}.json`, text: JSON.stringify(json) });
        await page.waitForSelector(`[data-testid=contract-panel][data-years="${years}"]`);
        await waitForFinal(page, count + 1);
        await page.click('[data-testid=scenarios-toggle]');
        const contract = cliContract(Number(await appState(page, 'trials')), path);
        expect(contract.years).toBe(years);
        expect(await page.textContent('#contract-title')).toBe(years === 1 ? 'Over a year, after indemnity and insurance' : 'Over the 10-year contract');
        await expectFiguresOf(page, contract);
        const series = await yearSeries(page);
        expect(series).toHaveLength(contract.vendors.length);
        for (const s of series) expect(s.years).toEqual(Array.from({ length: years }, (_, i) => i + 1));
        // One year has no band to draw: each point has its error bar instead.
        expect(await page.locator('[data-testid=contract-years-chart] path.band').count()).toBe(years === 1 ? 0 : contract.vendors.length);
        await panelFits(page);
        await expectDownloads(page, years);
        await page.locator('[data-testid=contract-panel]').screenshot({ path: join(artifacts, years === 1 ? 'contract-panel-1-year-phone.png' : 'contract-panel-10-years-laptop.png') });
        for (const chart of ['contract-years-chart', 'contract-total-chart']) {
          await page.locator(`[data-testid=${chart}]`).screenshot({ path: join(artifacts, `${chart}-${years}-${years === 1 ? 'phone' : 'laptop'}.png`) });
        }
        expect(page.errors).toEqual([]);
        await page.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
