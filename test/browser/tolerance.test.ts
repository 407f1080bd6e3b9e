import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { digestResults, exceedanceAt, toleranceVerdict, type Results, type Tolerance } from '../../src/engine/index.js';
import { formatMoney } from '../../src/format/money.js';
import { repositoryRoot } from '../helpers/fixtures.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { appState, openDashboard, openFile, runs, waitForFinal } from './dashboardPage.js';

/**
 * The exceedance chart's tolerance: a curve drawn on the curve set it reads, the pass or
 * fail of each vendor the engine's `toleranceVerdict` (computed here in Node on the
 * command line's results of the same scenario, trials and seed: the page's, bit for bit),
 * the curve-set toggle with a contract, and the default model's single point as before.
 */
const suite = dashboardSuite();
const MODEL = 'models/retail-bpo-contract.json';
const text = readFileSync(join(repositoryRoot, MODEL), 'utf8');

/** The command line's results for `model` (the default model when none) at `trials`. */
function cli(trials: number, model?: string): Results {
  const args = [join(repositoryRoot, 'build/cli/main.js'), ...(model ? [join(repositoryRoot, model)] : []), '--trials', String(trials), '--format', 'json'];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

/** Each vendor's pass or fail as the tolerance summary lists it, with the figures it carries, in the order listed. */
function listed(page: Page): Promise<{ id: string; passes: boolean; loss: number; probability: number; allowed: number }[]> {
  return page.$$eval('[data-testid=tolerance-summary] [data-passes]', (es) => es.map((e) => ({
    id: e.getAttribute('data-vendor')!,
    passes: e.getAttribute('data-passes') === 'true',
    loss: Number(e.getAttribute('data-loss')),
    probability: Number(e.getAttribute('data-value')),
    allowed: Number(e.getAttribute('data-allowed')),
  })));
}

/** Who passes and who fails, by vendor id: the order of the list aside (it shows those above the tolerance first). */
const byVendor = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

async function openContract(page: Page): Promise<void> {
  const count = await runs(page);
  await openFile(page, { name: 'retail-bpo-contract.json', text });
  await page.waitForSelector('[data-testid=curves-contract]');
  await waitForFinal(page, count + 1);
  if ((await page.getAttribute('[data-testid=scenarios-toggle]', 'aria-expanded')) === 'true') await page.click('[data-testid=scenarios-toggle]');
}

async function pressed(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid^=curves-]', (bs) => bs.map((b) => `${b.getAttribute('data-testid')}:${b.getAttribute('aria-pressed')}`));
}

describe('the tolerance on the exceedance chart', () => {
  for (const [device, width, height] of [['laptop', 1280, 900], ['phone', 390, 844]] as const) {
    it(`draws the contract model's tolerance curve on the contract total, the engine's pass or fail beside it (${device})`, async () => {
      const page = await openDashboard(suite.browsers[0].context, suite.url, '', width, height);
      await openContract(page);
      const chart = page.locator('[data-testid=exceedance-chart]');
      const results = cli(Number(await appState(page, 'trials')), MODEL);
      expect(await appState(page, 'digest')).toBe(digestResults(results));
      const tolerance = JSON.parse(text).tolerance as Tolerance;
      expect(tolerance.per).toBe('contract');

      // It opens on the contract total, the set the tolerance reads, and draws the curve with a ring at each point.
      expect(await chart.getAttribute('data-curves')).toBe('contract');
      expect(await pressed(page)).toEqual(['curves-year:false', 'curves-occurrence:false', 'curves-contract:true']);
      expect(await chart.getAttribute('data-probability-axis')).toBe('linear');
      await chart.locator('[data-testid=tolerance-curve]').waitFor({ state: 'attached' });
      const markers = await chart.locator('[data-testid=tolerance-marker]').evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('data-loss')), Number(c.getAttribute('data-probability'))]));
      const points = 'points' in tolerance ? tolerance.points : [];
      expect(points.length).toBeGreaterThanOrEqual(2);
      expect(markers).toEqual(points.map((p) => [p.loss, p.probability]));
      expect((await chart.locator('[data-testid=tolerance-curve] path.tolerance-curve').getAttribute('d'))!.split(/[LM]/).length).toBeGreaterThan(50);
      expect(await chart.locator('[data-testid=tolerance-handle]').count()).toBe(0);
      // The sentence names the first and the last point (chances as formatChance writes them: 1 decimal from 1% up).
      const pct = (p: number) => (p >= 0.01 ? `${(p * 100).toFixed(1)}%` : `${Number((p * 100).toPrecision(2))}%`);
      const [first, last] = [points[0], points[points.length - 1]];
      const sentence = (await page.textContent('[data-testid=tolerance-sentence]'))!;
      expect(sentence).toContain(`at most ${pct(first.probability)} of losing more than ${formatMoney(first.loss, results.currency)}, down to ${pct(last.probability)} of losing more than ${formatMoney(last.loss, results.currency)}, over the contract`);

      // Each vendor's pass or fail, and where it is read, is toleranceVerdict's on the command line's results.
      const verdict = toleranceVerdict(results, tolerance);
      expect(verdict.per).toBe('contract');
      const expected = verdict.vendors.map(({ id, passes, loss, probability, allowed }) => ({ id, passes, loss, probability, allowed }));
      expect(byVendor(await listed(page))).toEqual(byVendor(expected));
      expect(verdict.vendors.some((v) => v.passes) && verdict.vendors.some((v) => !v.passes)).toBe(true);
      const failing = await page.$$eval('[data-testid=tolerance-exceeders] [data-vendor]', (es) => es.map((e) => e.getAttribute('data-vendor')));
      expect(failing).toEqual(verdict.vendors.filter((v) => !v.passes).map((v) => v.id));

      // The table follows the contract total: its cells are the contract total's curves read at each amount.
      const cells = await chart.locator('td[data-vendor]').evaluateAll((ts) => ts.map((t) => [t.getAttribute('data-vendor')!, Number(t.getAttribute('data-loss')), Number(t.getAttribute('data-value'))] as const));
      expect(cells.length).toBeGreaterThan(0);
      const total = new Map(results.contract!.vendors.map((v) => [v.id, v.total.exceedance]));
      for (const [id, loss, p] of cells) expect(p).toBe(exceedanceAt(total.get(id)!, loss));
      await page.locator('section[aria-labelledby=exceedance-title]').screenshot({ path: join(artifacts, `tolerance-contract-${device}.png`) });

      await page.click('[data-testid=probability-axis-log]');
      await chart.locator('[data-testid=tolerance-curve]').waitFor({ state: 'attached' });
      // On log-log axes the curve is straight between its points: every vertex lies on the chord of its segment (within 0.5 px).
      const d = (await chart.locator('[data-testid=tolerance-curve] path.tolerance-curve').getAttribute('d'))!;
      const vertices = d.slice(1).split('L').map((xy) => xy.split(',').map(Number));
      const rings = await chart.locator('[data-testid=tolerance-marker]').evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
      expect(vertices.length).toBeGreaterThan(50);
      for (let k = 0; k + 1 < rings.length; k++) {
        const [[ax, ay], [bx, by]] = [rings[k], rings[k + 1]];
        const inside = vertices.filter(([vx]) => vx > ax + 1e-6 && vx < bx - 1e-6);
        expect(inside.length).toBeGreaterThan(5);
        for (const [vx, vy] of inside) expect(Math.abs((bx - ax) * (vy - ay) - (by - ay) * (vx - ax)) / Math.hypot(bx - ax, by - ay)).toBeLessThan(0.5);
      }
      await chart.screenshot({ path: join(artifacts, `tolerance-contract-log-${device}.png`) });

      // The largest breach: the year-1 occurrence curves, no tolerance drawn, the summary says where it is judged.
      await page.click('[data-testid=curves-occurrence]');
      expect(await chart.getAttribute('data-curves')).toBe('occurrence');
      expect(await pressed(page)).toEqual(['curves-year:false', 'curves-occurrence:true', 'curves-contract:false']);
      expect(await chart.locator('[data-testid=tolerance-curve]').count()).toBe(0);
      expect(await page.getAttribute('[data-testid=tolerance-summary]', 'data-drawn')).toBe('false');
      expect(await page.textContent('[data-testid=tolerance-summary]')).toContain('Judged on contract total');
      expect(byVendor(await listed(page))).toEqual(byVendor(expected));
      const occurrence = new Map(results.contract!.vendors.map((v) => [v.id, v.occurrence]));
      const read = await page.$$eval('[data-testid=exceedance-readout] li', (ls) => ls.map((l) => [l.getAttribute('data-vendor')!, Number(l.getAttribute('data-loss')), Number(l.getAttribute('data-value'))] as const));
      for (const [id, loss, p] of read) expect(p).toBe(exceedanceAt(occurrence.get(id)!, loss));
      expect(await page.textContent('[data-testid=exceedance-readout]')).toContain('a breach costing more than');
      await chart.screenshot({ path: join(artifacts, `tolerance-occurrence-${device}.png`) });

      // A year's loss: the vendors' annual curves.
      await page.click('[data-testid=curves-year]');
      expect(await chart.getAttribute('data-curves')).toBe('year');
      const year = new Map(results.vendors.map((v) => [v.id, v.exceedance]));
      const yearCells = await chart.locator('td[data-vendor]').evaluateAll((ts) => ts.map((t) => [t.getAttribute('data-vendor')!, Number(t.getAttribute('data-loss')), Number(t.getAttribute('data-value'))] as const));
      for (const [id, loss, p] of yearCells) expect(p).toBe(exceedanceAt(year.get(id)!, loss));

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const violations = (await new AxeBuilder({ page } as any).include('[data-testid=exceedance-chart]').analyze()).violations.map((v) => v.id);
      expect(violations).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }

  it('shows the default model as before: no curve toggle, a single point set through the page, judged by the engine', async () => {
    const page = await openDashboard(suite.browsers[0].context, suite.url);
    const chart = page.locator('[data-testid=exceedance-chart]');
    expect(await chart.getAttribute('data-curves')).toBe('year');
    expect(await page.locator('[data-testid^=curves-]').count()).toBe(0);
    expect(await page.textContent('#exceedance-title')).toBe('How bad can a year get?');
    await page.click('text=Set a risk tolerance');
    const handle = page.locator('[data-testid=tolerance-handle]');
    await handle.waitFor();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    const tolerance = { loss: Number(await handle.getAttribute('data-loss')), probability: Number(await handle.getAttribute('data-probability')) };
    expect(tolerance.probability).toBeCloseTo(0.03, 12);
    expect(await chart.locator('[data-testid=tolerance-point]').count()).toBe(1);
    expect(await chart.locator('[data-testid=tolerance-curve]').count()).toBe(0);
    expect(await page.textContent('[data-testid=tolerance-sentence]')).toMatch(/^Tolerance: at most\s+3\.0%\s+a year of losing more than/);

    const results = cli(Number(await appState(page, 'trials')));
    expect(await appState(page, 'digest')).toBe(digestResults(results));
    const verdict = toleranceVerdict(results, tolerance);
    const expected = verdict.vendors.map(({ id, passes, loss, probability, allowed }) => ({ id, passes, loss, probability, allowed }));
    expect(byVendor(await listed(page))).toEqual(byVendor(expected));
    for (const v of verdict.vendors) expect([v.loss, v.allowed]).toEqual([tolerance.loss, tolerance.probability]);
    await chart.screenshot({ path: join(artifacts, 'tolerance-point-laptop.png') });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

