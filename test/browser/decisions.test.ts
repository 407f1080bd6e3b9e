import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { repositoryRoot } from '../helpers/fixtures.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { appState, openDashboard as openPage, runs, waitForFinal } from './dashboardPage.js';

const suite = dashboardSuite();
const SECTIONS = ['controls', 'negotiation', 'sensitivity', 'information', 'switching', 'ranks'] as const;

function openDashboard(query = '', width = 1280, height = 800) {
  return openPage(suite.browsers[0].context, suite.url, query, width, height);
}

/** The command line's results with the decision analytics, for the same model, trials and seed. */
function cliAnalytics(trials: number) {
  const run = spawnSync(process.execPath, [join(repositoryRoot, 'build/cli/main.js'), '--trials', String(trials), '--format', 'json', '--analytics'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

/** Opens the Decisions tab as a person would and waits for its analytics and the run that brought them. */
async function showDecisions(page: Page): Promise<void> {
  const before = await runs(page);
  await page.click('[data-testid=tab-decisions]');
  await page.waitForSelector('[data-testid=decisions-controls]', { state: 'attached', timeout: 60_000 });
  await waitForFinal(page, before + 1);
}

/** `data-value` of every element matching `selector`, as numbers. */
function values(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (es) => es.map((e) => Number(e.getAttribute('data-value'))));
}

function expectClose(actual: number, expected: number, what: string, relative = 1e-9) {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

describe('the Decisions view', () => {
  it('runs lean until opened; then shows the six analyses, their figures finite and consistent, equal to the CLI', async () => {
    const page = await openDashboard();
    expect(await appState(page, 'analytics')).toBe('false');
    expect(await page.locator('[data-testid=tab-decisions]').textContent()).toBe('Decisions');
    await showDecisions(page);
    expect(await appState(page, 'analytics')).toBe('true');
    expect(await page.getAttribute('[data-testid=tab-decisions]', 'aria-pressed')).toBe('true');
    for (const section of SECTIONS) expect(await page.locator(`[data-testid=decisions-${section}]`).count(), section).toBe(1);

    // Every figure carries a finite raw value.
    const all = await page.$$eval('[data-testid=decisions-view] [data-value]', (es) => es.map((e) => [e.getAttribute('data-metric') ?? e.tagName, e.getAttribute('data-value')]));
    expect(all.length).toBeGreaterThan(100);
    for (const [what, raw] of all) expect(Number.isFinite(Number(raw)), `${what}=${raw}`).toBe(true);

    const trials = Number(await appState(page, 'trials'));
    const cli = cliAnalytics(trials);

    // The waterfall: the start plus every step is the vendor's exact expected loss shown above it.
    for (const vendor of ['bluepeak', 'harbor']) {
      await page.selectOption('[data-testid=control-vendor]', vendor);
      await page.waitForSelector(`[data-testid=waterfall][data-vendor=${vendor}]`, { state: 'attached' });
      const [start] = await values(page, '[data-testid=waterfall] rect[data-metric=waterfall-start]');
      const steps = await values(page, '[data-testid=waterfall] rect[data-metric=waterfall-step]');
      const [end] = await values(page, '[data-testid=waterfall] rect[data-metric=waterfall-end]');
      const [shown] = await values(page, `[data-testid=decisions-controls] [data-metric=exact-expected-loss][data-vendor=${vendor}]`);
      expect(steps.length).toBeGreaterThan(0);
      expectClose(start + steps.reduce((s, x) => s + x, 0), shown, `${vendor} waterfall sum`);
      expect(end).toBe(shown);
      const expected = cli.controlValues.vendors.find((v: { id: string }) => v.id === vendor);
      expectClose(shown, expected.expectedLoss, `${vendor} exact loss against the CLI`);
      expect(steps.length).toBe(expected.waterfall.steps.length);
      // The control table: one row per control of the catalogue, each with a status.
      const statuses = await page.$$eval(`[data-testid=control-table][data-vendor=${vendor}] [data-status]`, (es) => es.map((e) => e.getAttribute('data-status')));
      expect(statuses).toEqual(expected.controls.map((c: { status: string }) => c.status));
    }

    // Break-even: the cheapest has room (>= 0), every other needs a cut; the cheapest's room is the runner-up's cut.
    const headroom = await values(page, '[data-testid=break-even-bars] rect[data-metric=headroom]');
    expect(headroom[0]).toBeGreaterThanOrEqual(0);
    for (const h of headroom.slice(1)) expect(h).toBeLessThanOrEqual(0);
    expectClose(headroom[0], -headroom[1], 'cheapest room against the runner-up cut');
    const cliHeadroom = cli.negotiation.vendors.map((v: { headroom: number }) => v.headroom);
    headroom.forEach((h, i) => expectClose(h, cliHeadroom[i], `headroom ${i}`, 1e-6));
    expect(await page.locator('[data-testid=negotiation-vendor]').count()).toBe(4);
    expect(await page.textContent('[data-testid=negotiation-vendor][data-vendor=bluepeak]')).toContain('stays the cheapest up to a price of');

    // The decision tornado: bars sorted by swing, each swing the distance between its ends.
    const swings = await values(page, '[data-testid=decision-tornado] g[data-metric=swing]');
    expect(swings.length).toBeGreaterThan(1);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const lows = await values(page, '[data-testid=decision-tornado] rect[data-metric=at-low]');
    const highs = await values(page, '[data-testid=decision-tornado] rect[data-metric=at-high]');
    swings.forEach((s, i) => expectClose(s, Math.abs(highs[i] - lows[i]), `swing ${i}`));
    expect(await page.textContent('[data-testid=swing-note]')).toContain('25% either way');
    const vendorSwings = await values(page, '[data-testid=vendor-tornado] g[data-metric=swing]');
    expect(vendorSwings).toEqual([...vendorSwings].sort((a, b) => b - a));
    for (const share of await values(page, '[data-testid=variance-shares] [data-metric=variance-share]')) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }

    // The value of information: no assumption is worth more than knowing them all.
    const [evpi] = await values(page, '[data-testid=information-bars] [data-metric=evpi]');
    const evppi = await values(page, '[data-testid=information-bars] [data-metric=evppi]');
    expect(evpi).toBeGreaterThan(0);
    expect(evppi.length).toBeGreaterThan(0);
    for (const v of evppi) expect(v).toBeLessThanOrEqual(evpi);
    expect(await values(page, '[data-testid=information-bars] [data-metric=bias]')).toHaveLength(evppi.length);
    expect(await page.textContent('[data-testid=plain-inputs-note]')).toMatch(/treated as known/);
    // The address keeps the view, beside the scenario's link.
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('view'))).toBe('decisions');
    // Its way to the tornado moves the focus there and leaves the address (the scenario's link) alone.
    const address = await page.evaluate(() => location.href);
    await page.click('[data-testid=plain-inputs-note] button:has-text("The tornado")');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('drivers-title');
    expect(await page.evaluate(() => location.href)).toBe(address);

    // What would change the answer: every assumption is either a sentence or counted as unchanged.
    const switches = await page.locator('[data-testid=switch]').count();
    const [unchanged] = await values(page, '[data-testid=unchanged-note]');
    expect(switches + unchanged).toBe(cli.switchingValues.inputs.length);
    expect(await page.textContent('[data-testid=switch][data-input=frequency]')).toMatch(/^If the annual incidence/);

    // Rank probabilities: each candidate's ranks sum to 1, and its first rank is its chance of being the cheapest.
    const rankRows = await page.$$eval('[data-testid=rank-bars] .rank-row', (rows) => rows.map((r) => ({
      vendor: r.getAttribute('data-vendor')!,
      ranks: [...r.querySelectorAll('[data-metric=rank-probability]')].map((e) => [Number(e.getAttribute('data-rank')), Number(e.getAttribute('data-value'))]),
      cheapest: Number(r.querySelector('[data-metric=probability-cheapest]')!.getAttribute('data-value')),
    })));
    expect(rankRows).toHaveLength(4);
    for (const row of rankRows) {
      expectClose(row.ranks.reduce((s, [, p]) => s + p, 0), 1, `${row.vendor} ranks`, 1e-12);
      const first = row.ranks.find(([rank]) => rank === 1)?.[1] ?? 0;
      expect(Math.abs(first - row.cheapest), row.vendor).toBeLessThanOrEqual(1e-12);
    }

    // Accessible names: every chart is a named image, every section is headed.
    const unnamed = await page.$$eval('[data-testid=decisions-view] [role=img]', (es) => es.filter((e) => !e.getAttribute('aria-label')?.trim()).length);
    expect(unnamed).toBe(0);
    expect(await page.locator('[data-testid=decisions-view] [role=img]').count()).toBeGreaterThanOrEqual(6);
    for (const section of SECTIONS) {
      const heading = await page.$eval(`[data-testid=decisions-${section}]`, (s) => document.getElementById(s.getAttribute('aria-labelledby')!)?.textContent);
      expect(heading, section).toBeTruthy();
    }

    await page.screenshot({ path: join(artifacts, 'decisions-laptop.png'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('?view=decisions opens it with the analytics in the first run; going back and forth runs nothing again', async () => {
    const page = await openDashboard('?view=decisions');
    expect(await runs(page)).toBe(1);
    await page.waitForSelector('[data-testid=decisions-ranks]', { state: 'attached' });
    await page.click('[data-testid=tab-executive]');
    await page.waitForSelector('[data-testid=vendor-card]');
    await page.click('[data-testid=tab-decisions]');
    await page.waitForSelector('[data-testid=decisions-ranks]', { state: 'attached' });
    await page.waitForTimeout(300);
    expect(await runs(page)).toBe(1);
    await page.close();
  });

  it('has no serious or critical accessibility violations (axe)', async () => {
    const page = await openDashboard('?view=decisions');
    await page.waitForSelector('[data-testid=decisions-ranks]', { state: 'attached' });
    // The disclosures open too, so their contents are checked.
    await page.$$eval('[data-testid=decisions-view] details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const violations = (await new AxeBuilder({ page } as any).include('[data-testid=decisions-view]').analyze()).violations
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('fits a phone-width screen: tables scroll inside their cards, charts fit', async () => {
    const page = await openDashboard('?view=decisions', 390, 844);
    await page.waitForSelector('[data-testid=decisions-ranks]', { state: 'attached' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const wide = await page.$$eval('[data-testid=decisions-view] svg', (svgs) =>
      svgs.filter((s) => s.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).length);
    expect(wide).toBe(0);
    await page.screenshot({ path: join(artifacts, 'decisions-phone.png'), fullPage: true });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
