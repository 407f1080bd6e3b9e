import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { repositoryRoot } from '../helpers/fixtures.js';
import { launchChromium } from './chromium.js';
import { serveDashboard } from './server.js';

/** Screenshots of each view, kept as test artifacts. */
const artifacts = join(repositoryRoot, 'test-artifacts');
const METRICS = ['expected-loss', 'probability-of-breach', 'p95', 'p99', 'risk-adjusted-cost', 'probability-cheapest'] as const;

let browser: Awaited<ReturnType<typeof launchChromium>>;
let server: Awaited<ReturnType<typeof serveDashboard>>;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await serveDashboard();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDashboard(query = '', width = 1280, height = 900): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as any).errors = errors;
  await page.goto(`${server.url}${query}`);
  await waitForFinal(page);
  return page;
}

/** Waits until the latest run (at least the `atLeast`-th since the page opened) has painted its full results. */
async function waitForFinal(page: Page, atLeast = 1) {
  await page.waitForFunction((n) => {
    const app = document.querySelector('[data-testid=app]');
    return app?.getAttribute('data-final') === 'true' && app.getAttribute('data-phase') === 'done' && Number(app.getAttribute('data-runs')) >= n;
  }, atLeast, { timeout: 60_000 });
}

async function runs(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid=app]', 'data-runs'));
}

/** Every vendor card's figures: vendor id -> metric -> raw value. */
async function cardFigures(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.$$eval('[data-testid=vendor-card] [data-metric]', (elements) => {
    const out: Record<string, Record<string, number>> = {};
    for (const e of elements) {
      const vendor = e.getAttribute('data-vendor')!;
      (out[vendor] ??= {})[e.getAttribute('data-metric')!] = Number(e.getAttribute('data-value'));
    }
    return out;
  });
}

function cliResults(trials: number, extra: string[] = []) {
  const run = spawnSync(process.execPath, [join(repositoryRoot, 'build/cli/main.js'), '--trials', String(trials), '--format', 'json', ...extra], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

function expectedFigures(vendor: any): Record<string, number> {
  return {
    'expected-loss': vendor.expectedLoss.mean,
    'probability-of-breach': vendor.probabilityOfBreach,
    p95: vendor.quantiles.p95,
    p99: vendor.quantiles.p99,
    'risk-adjusted-cost': vendor.riskAdjustedCost,
    'probability-cheapest': vendor.probabilityCheapest,
  };
}

async function showAnalyst(page: Page) {
  await page.click('[data-testid=tab-analyst]');
  await page.waitForSelector('[data-path="frequency.annualIncidence.value"]');
}

async function showExecutive(page: Page) {
  await page.click('[data-testid=tab-executive]');
  await page.waitForSelector('[data-testid=vendor-card]');
}

/** Types into a field as a person would: select all, type, leave the field. */
async function typeInto(page: Page, path: string, text: string) {
  const field = page.locator(`[data-path="${path}"]`);
  await field.click({ clickCount: 3 });
  await field.fill(text);
  await field.press('Tab');
}

describe('the dashboard', () => {
  it('loads the default model and shows its vendors, ranked, with a headline', async () => {
    const page = await openDashboard();
    const names = await page.$$eval('[data-testid=vendor-card] h3', (hs) => hs.map((h) => h.textContent));
    expect(names.sort()).toEqual(['Bluepeak BPO', 'Harbor Support', 'Lowell Outsourcing', 'Northwind Contact', 'Reference: no listed controls']);
    const figures = await cardFigures(page);
    // The candidates by risk-adjusted cost, the reference (shown for scale, unranked) last.
    const ranks = await page.$$eval('[data-testid=vendor-card]', (cards) => cards.map((c) => c.getAttribute('data-rank')));
    expect(ranks).toEqual(['1', '2', '3', '4', 'reference']);
    const costs = await page.$$eval('[data-testid=vendor-card]:not([data-rank=reference]) [data-metric=risk-adjusted-cost]', (es) => es.map((e) => Number(e.getAttribute('data-value'))));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(await page.textContent('[data-testid=headline]')).toMatch(/^Bluepeak BPO is the cheapest vendor once breach risk is priced in/);
    for (const id of Object.keys(figures)) {
      for (const metric of METRICS) {
        if (id === 'none' && metric === 'probability-cheapest') continue; // the reference is never a candidate
        expect(figures[id][metric], `${id} ${metric}`).toBeTypeOf('number');
      }
    }
    await page.screenshot({ path: join(artifacts, 'executive-laptop.png'), fullPage: true });
    expect((page as any).errors).toEqual([]);
    await page.close();
  });

  for (const workers of [1, 3]) {
    it(`shows exactly the CLI's figures for the same scenario and seed (${workers} worker${workers > 1 ? 's' : ''})`, async () => {
      const page = await openDashboard(`?workers=${workers}`);
      expect(await page.getAttribute('[data-testid=app]', 'data-workers')).toBe(String(workers));
      const trials = Number(await page.getAttribute('[data-testid=app]', 'data-trials'));
      const cli = cliResults(trials);
      const figures = await cardFigures(page);
      for (const vendor of cli.vendors) {
        const expected = expectedFigures(vendor);
        for (const metric of METRICS) {
          if (vendor.reference && metric === 'probability-cheapest') continue;
          expect(figures[vendor.id][metric], `${vendor.id} ${metric}`).toBe(expected[metric]);
        }
      }
      await page.close();
    });
  }

  it("raising the incidence raises every vendor's expected loss", async () => {
    const page = await openDashboard();
    const before = await cardFigures(page);
    const started = await runs(page);
    await showAnalyst(page);
    await typeInto(page, 'frequency.annualIncidence.value', '0.5');
    await waitForFinal(page, started + 1);
    await page.screenshot({ path: join(artifacts, 'analyst-laptop.png'), fullPage: true });
    await showExecutive(page);
    const after = await cardFigures(page);
    for (const id of Object.keys(before)) {
      expect(after[id]['expected-loss'], id).toBeGreaterThan(before[id]['expected-loss']);
      expect(after[id]['probability-of-breach'], id).toBeGreaterThan(before[id]['probability-of-breach']);
    }
    await page.close();
  });

  it('toggling a control on a vendor lowers (never raises) its loss, and off again restores it', async () => {
    const page = await openDashboard();
    const before = await cardFigures(page);
    let count = await runs(page);
    const history = [before.lowell];
    for (const control of ['secureIvr', 'pciDss', 'vdi']) {
      await page.click(`[data-testid=control-toggle][data-vendor=lowell][data-control=${control}]`);
      await waitForFinal(page, ++count);
      const after = await cardFigures(page);
      expect(after.lowell['expected-loss']).toBeLessThan(before.lowell['expected-loss']);
      expect(after.lowell['p99']).toBeLessThanOrEqual(before.lowell['p99']);
      // The other vendors do not move: their draws do not depend on Lowell's controls.
      expect(after.northwind['expected-loss']).toBe(before.northwind['expected-loss']);
      before.lowell = after.lowell;
      history.push(after.lowell);
    }
    expect(await page.getAttribute('[data-testid=control-toggle][data-vendor=lowell][data-control=vdi]', 'aria-pressed')).toBe('true');
    // Off again: exactly the figures from before it was on (the same simulated years).
    await page.click('[data-testid=control-toggle][data-vendor=lowell][data-control=vdi]');
    await waitForFinal(page, ++count);
    expect((await cardFigures(page)).lowell).toEqual(history[2]);
    expect(await page.getAttribute('[data-testid=control-toggle][data-vendor=lowell][data-control=vdi]', 'aria-pressed')).toBe('false');
    await page.close();
  });

  it('an invalid edit shows the engine error next to the field, keeps the text and the last results, marked stale', async () => {
    const page = await openDashboard();
    const before = await cardFigures(page);
    await showAnalyst(page);
    await typeInto(page, 'frequency.annualIncidence.value', '0.4x');
    await page.waitForSelector('[data-testid=app][data-phase=invalid]', { state: 'attached' });
    const field = page.locator('[data-path="frequency.annualIncidence.value"]');
    expect(await field.inputValue()).toBe('0.4x');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const error = await page.textContent('[data-testid=field-error]');
    expect(error).toContain('expected a number');
    expect(await page.getAttribute('[data-testid=app]', 'data-stale')).toBe('true');
    await page.screenshot({ path: join(artifacts, 'analyst-invalid.png'), fullPage: false });
    await showExecutive(page);
    expect(await page.textContent('[data-testid=stale-banner]')).toMatch(/out of date/);
    expect(await cardFigures(page)).toEqual(before);
    await page.screenshot({ path: join(artifacts, 'executive-stale.png'), fullPage: false });
    await page.close();
  });

  it('a newer edit cancels the run at hand: its workers stop, and only the newer result is shown', async () => {
    const page = await openDashboard('?workers=2');
    const count = await runs(page);
    await showAnalyst(page);
    await typeInto(page, 'simulation.trials', '3000000');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=app]')?.getAttribute('data-runs')) >= n, count + 1);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=progress]')?.getAttribute('aria-valuenow') ?? 0) > 0);
    await typeInto(page, 'simulation.seed', 'a-newer-seed');
    await waitForFinal(page, count + 2);
    const app = page.locator('[data-testid=app]');
    expect(Number(await app.getAttribute('data-cancelled-runs'))).toBeGreaterThanOrEqual(1);
    const sent = Number(await app.getAttribute('data-last-cancelled-sent'));
    const total = Number(await app.getAttribute('data-last-cancelled-total'));
    expect(total).toBe(300);
    expect(sent).toBeLessThan(total);
    expect(await app.getAttribute('data-seed')).toBe('a-newer-seed');
    expect(await app.getAttribute('data-trials')).toBe('3000000');
    await page.close();
  });

  it('paints a quick pass first, then refines it with more trials and smaller standard errors', async () => {
    const page = await openDashboard();
    await showAnalyst(page);
    await typeInto(page, 'simulation.trials', '400000');
    await waitForFinal(page, 2);
    // Watch every result painted during the next run.
    await page.evaluate(() => {
      const app = document.querySelector('[data-testid=app]') as HTMLElement;
      const seen: { trials: number; se: number }[] = ((window as any).painted = []);
      new MutationObserver(() => {
        const se = document.querySelector('[data-testid=app]')?.getAttribute('data-lead-se');
        const trials = Number(app.dataset.trials);
        if (app.dataset.seed !== 'refine-me') return;
        if (seen.length === 0 || seen[seen.length - 1].trials !== trials) seen.push({ trials, se: Number(se) });
      }).observe(app, { attributes: true });
    });
    await typeInto(page, 'simulation.seed', 'refine-me');
    await waitForFinal(page, 3);
    const painted: { trials: number; se: number }[] = await page.evaluate(() => (window as any).painted);
    const trials = painted.map((p) => p.trials);
    expect(trials[0]).toBe(20_000);
    expect(trials[trials.length - 1]).toBe(400_000);
    expect(trials).toEqual([...trials].sort((a, b) => a - b));
    expect(painted.length).toBeGreaterThanOrEqual(3);
    expect(painted[painted.length - 1].se).toBeLessThan(painted[0].se);
    await page.close();
  });

  it('keeps a risk tolerance in the scenario, movable by keyboard, without re-running the simulation', async () => {
    const page = await openDashboard();
    const before = await runs(page);
    await page.click('text=Set a risk tolerance');
    const handle = page.locator('[data-testid=tolerance-handle]');
    await handle.waitFor();
    const loss = Number(await handle.getAttribute('data-loss'));
    const probability = Number(await handle.getAttribute('data-probability'));
    expect(loss).toBeGreaterThan(0);
    expect(probability).toBe(0.05);
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    expect(Number(await handle.getAttribute('data-loss'))).toBeGreaterThan(loss);
    expect(Number(await handle.getAttribute('data-probability'))).toBeCloseTo(0.055, 10);
    await page.waitForTimeout(300);
    expect(await runs(page)).toBe(before);
    await page.locator('[data-testid=exceedance-chart]').screenshot({ path: join(artifacts, 'exceedance-tolerance.png') });
    await page.close();
  });

  it('has no serious or critical accessibility violations in either view (axe)', async () => {
    const page = await openDashboard();
    const serious = async () =>
      (await new AxeBuilder({ page } as any).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(await serious()).toEqual([]);
    await showAnalyst(page);
    expect(await serious()).toEqual([]);
    await page.close();
  });

  it('looks right on a phone-width screen', async () => {
    const page = await openDashboard('', 390, 844);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, 'executive-phone.png'), fullPage: true });
    await showAnalyst(page);
    await page.screenshot({ path: join(artifacts, 'analyst-phone.png'), fullPage: true });
    await page.close();
  });
});
