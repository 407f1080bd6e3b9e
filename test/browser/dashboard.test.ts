import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { repositoryRoot } from '../helpers/fixtures.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { cardFigures, openDashboard as openPage, runs, showAnalyst, showExecutive, typeInto, waitForFinal } from './dashboardPage.js';

const METRICS = ['expected-loss', 'probability-of-breach', 'p95', 'p99', 'risk-adjusted-cost', 'probability-cheapest'] as const;
const suite = dashboardSuite();

function openDashboard(query = '', width = 1280, height = 900) {
  return openPage(suite.browsers[0].context, suite.url, query, width, height);
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
    expect(page.errors).toEqual([]);
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

  it('has no accessibility violation of any impact in either view (axe; every view in accessibility.test.ts)', async () => {
    const page = await openDashboard();
    const serious = async () =>
      (await new AxeBuilder({ page } as any).analyze()).violations
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

/** The palette in scenario order (src/ui/charts/palette.ts), and the reference's grey. */
const PALETTE = ['#1f5fa8', '#c46f00', '#7433d0', '#6b4423', '#8f2a7a', '#a8864f'];
const GREY = '#8a8a8a';

/** Each vendor's colour, normalised to `rgb(...)`, as drawn by `selector` (an element with `data-vendor`) and read by `read`. */
async function colorsBy(page: Page, selector: string, read: 'stroke' | 'background' | '--vendor-color'): Promise<Record<string, string>> {
  return page.$$eval(selector, (elements, how) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const normal = (c: string) => {
      probe.style.color = '';
      probe.style.color = c;
      return getComputedStyle(probe).color;
    };
    const out: Record<string, string> = {};
    for (const e of elements as HTMLElement[]) {
      const vendor = e.dataset.vendor ?? e.closest<HTMLElement>('[data-vendor]')?.dataset.vendor ?? '';
      const swatch = e.querySelector<HTMLElement>('.swatch, .dot') ?? e;
      // A legend's line sample (the curve's colour and dash) or a filled swatch.
      const line = e.querySelector<HTMLElement>('.line-swatch');
      const background = line ? line.dataset.color! : getComputedStyle(swatch).backgroundColor;
      const c = how === 'stroke' ? e.getAttribute('stroke')! : how === 'background' ? background : getComputedStyle(e).getPropertyValue('--vendor-color').trim();
      out[vendor] = normal(c);
    }
    probe.remove();
    return out;
  }, read);
}

async function rgbOf(page: Page, colors: Record<string, string>): Promise<Record<string, string>> {
  return page.evaluate((cs) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const out = Object.fromEntries(Object.entries(cs).map(([k, c]) => {
      probe.style.color = c;
      return [k, getComputedStyle(probe).color];
    }));
    probe.remove();
    return out;
  }, colors);
}

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Waits (2 s at most) for the focus to be on the element matching `selector`. */
async function expectFocus(page: Page, selector: string) {
  await page.waitForFunction((s) => document.activeElement?.matches(s), selector, { timeout: 2000 });
}

describe('the dashboard, edited', () => {
  it('keeps the risk tolerance valid: focus on its point once set, ArrowDown to 0.01% at the least, a drag to the bottom', async () => {
    const page = await openDashboard();
    const before = await runs(page);
    await page.click('text=Set a risk tolerance');
    const handle = page.locator('[data-testid=tolerance-handle]');
    await handle.waitFor();
    await expectFocus(page, '[data-testid=tolerance-handle]');
    const seen: number[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('ArrowDown');
      seen.push(Number(await handle.getAttribute('data-probability')));
    }
    expect(seen).toContain(0.005);
    expect(seen).toContain(0.001);
    expect(seen[seen.length - 1]).toBe(0.0001);
    expect(await page.textContent('[data-metric=tolerance-probability]')).toBe('0.01%');
    await page.keyboard.press('ArrowUp');
    expect(Number(await handle.getAttribute('data-probability'))).toBe(0.0002);

    // Dragged to below the bottom of the chart: the smallest chance, never 0.
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowUp');
    const box = (await handle.boundingBox())!;
    const plot = (await page.locator('[data-testid=exceedance-chart] svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, plot.y + plot.height + 80, { steps: 6 });
    await page.mouse.up();
    expect(Number(await handle.getAttribute('data-probability'))).toBe(0.0001);

    await page.waitForTimeout(300);
    expect(await page.getAttribute('[data-testid=app]', 'data-phase')).toBe('done');
    expect(await page.locator('[data-testid=stale-banner]').count()).toBe(0);
    expect(await runs(page)).toBe(before);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  for (const [device, width, height] of [['laptop', 1280, 900], ['phone', 390, 844]] as const) {
    it(`shows the tail on a log chance axis, the tolerance point working on both axes (${device})`, async () => {
      const page = await openDashboard('', width, height);
      const chart = page.locator('[data-testid=exceedance-chart]');
      const linear = page.locator('[data-testid=probability-axis-linear]');
      const log = page.locator('[data-testid=probability-axis-log]');
      expect(await chart.getAttribute('data-probability-axis')).toBe('linear');
      expect([await linear.getAttribute('aria-pressed'), await log.getAttribute('aria-pressed')]).toEqual(['true', 'false']);

      await page.click('text=Set a risk tolerance');
      const handle = page.locator('[data-testid=tolerance-handle]');
      await handle.waitFor();
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
      expect(Number(await handle.getAttribute('data-probability'))).toBe(0.01);
      /** How high the point sits in the plot, 0 at the bottom, 1 at the top (the plot's margins are 14 and 30 px). */
      const height01 = async () => {
        const [b, plot] = [(await handle.boundingBox())!, (await chart.locator('svg').boundingBox())!];
        return (plot.y + plot.height - 30 - (b.y + b.height / 2)) / (plot.height - 44);
      };
      // On the linear axis the 1-in-100 chance is flattened onto the bottom.
      expect(await height01()).toBeLessThan(0.1);

      await log.click();
      expect(await chart.getAttribute('data-probability-axis')).toBe('log');
      expect([await linear.getAttribute('aria-pressed'), await log.getAttribute('aria-pressed')]).toEqual(['false', 'true']);
      const ticks = await chart.locator('svg text.tick').allTextContents();
      for (const t of ['0.1%', '1%', '10%']) expect(ticks).toContain(t);
      expect(await height01()).toBeGreaterThan(0.3);
      await chart.screenshot({ path: join(artifacts, `exceedance-log-${device}.png`) });
      await noHorizontalOverflow(page);

      // The point moves on the log axis too: by keyboard, and dragged to the bottom.
      await handle.focus();
      await page.keyboard.press('ArrowUp');
      expect(Number(await handle.getAttribute('data-probability'))).toBe(0.015);
      const box = (await handle.boundingBox())!;
      const plot = (await chart.locator('svg').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, plot.y + plot.height + 60, { steps: 6 });
      await page.mouse.up();
      const bottom = Number(await handle.getAttribute('data-probability'));
      expect(bottom).toBeGreaterThanOrEqual(0.0001);
      expect(bottom).toBeLessThan(0.001);
      const after = (await handle.boundingBox())!;
      expect(after.y + after.height / 2).toBeLessThanOrEqual(plot.y + plot.height);

      // The readout reads the curves on either axis.
      await page.mouse.move(plot.x + plot.width * 0.6, plot.y + plot.height / 2);
      const read = await page.$$eval('[data-testid=exceedance-readout] li', (ls) => ls.map((l) => Number(l.getAttribute('data-value'))));
      expect(read.every((p) => p >= 0 && p <= 1)).toBe(true);
      await linear.click();
      expect(await chart.getAttribute('data-probability-axis')).toBe('linear');
      expect(await handle.count()).toBe(1);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }

  it('edits the risk tolerance in the Assumptions view, with the engine\'s errors next to its fields', async () => {
    const page = await openDashboard();
    await showAnalyst(page);
    expect(await page.locator('[data-path="tolerance.probability"]').count()).toBe(0);
    await page.click('[data-testid=add-tolerance]');
    expect(await page.inputValue('[data-path="tolerance.probability"]')).toBe('5');
    expect(Number(await page.inputValue('[data-path="tolerance.loss"]'))).toBe(5_000_000);
    await typeInto(page, 'tolerance.probability', '0');
    await page.waitForSelector('[data-testid=app][data-phase=invalid]', { state: 'attached' });
    expect(await page.textContent('[data-field="tolerance.probability"] [data-testid=field-error]')).toContain('must be more than 0%');
    expect(await page.getAttribute('[data-path="tolerance.probability"]', 'aria-invalid')).toBe('true');
    await typeInto(page, 'tolerance.probability', '1');
    await page.waitForSelector('[data-testid=app][data-phase=done]', { state: 'attached' });
    await page.locator('section.tolerance').screenshot({ path: join(artifacts, 'analyst-tolerance.png') });
    await showExecutive(page);
    expect(Number(await page.getAttribute('[data-testid=tolerance-handle]', 'data-probability'))).toBe(0.01);
    expect(Number(await page.getAttribute('[data-testid=tolerance-handle]', 'data-loss'))).toBe(5_000_000);
    await showAnalyst(page);
    await page.click('[data-testid=remove-tolerance]');
    expect(await page.locator('[data-path="tolerance.probability"]').count()).toBe(0);
    expect(await page.locator('[data-testid=add-tolerance]').count()).toBe(1);
    await showExecutive(page);
    expect(await page.locator('[data-testid=tolerance-handle]').count()).toBe(0);
    await page.close();
  });

  it('offers only the distribution kinds that suit each parameter, and a kind change keeps the mean', async () => {
    const page = await openDashboard();
    await showAnalyst(page);
    const offered = (path: string) =>
      page.$$eval(`[data-path="${path}.kind"] option`, (os) => (os as HTMLOptionElement[]).filter((o) => !o.disabled).map((o) => o.value));
    const money = ['number', 'uniform', 'pert', 'triangular', 'lognormal-mean', 'lognormal-median', 'lognormal-range'];
    const fraction = ['number', 'uniform', 'pert', 'triangular', 'beta'];
    expect(await offered('magnitude.perBreach')).toEqual(money);
    expect(await offered('magnitude.amplifiers.cardData.amount')).toEqual(money);
    expect(await offered('frequency.annualIncidence')).toEqual(fraction);
    expect(await offered('controls.mfa.effects[0].reduction')).toEqual(fraction);
    await page.selectOption('[data-path="magnitude.perBreach.kind"]', 'pert');
    const [a, c, b] = await Promise.all(['min', 'mode', 'max'].map(async (n) => Number(await page.inputValue(`[data-path="magnitude.perBreach.${n}"]`))));
    expect(Math.abs((a + 4 * c + b) / 6 / 4_889_755 - 1)).toBeLessThan(2e-3);
    await page.click('[data-path="frequency.mode.rate"]');
    expect(await offered('frequency.annualRate')).toEqual([...money, 'poisson']);
    await page.close();
  });

  it('brings a partial coverage back when a control matrix cell is clicked twice, and no column moves', async () => {
    const page = await openDashboard();
    const cell = '[data-testid=control-toggle][data-vendor=harbor][data-control=mfa]';
    const boxes = () =>
      page.$$eval('.matrix thead th, [data-testid=control-toggle]', (es) => es.map((e) => {
        const r = e.getBoundingClientRect();
        return `${Math.round(r.x)}/${Math.round(r.width)}`;
      }));
    const headers = () => page.$$eval('.matrix thead th.vendor-col', (es) => es.map((e) => e.textContent?.trim()));
    // The scenario's order, not the ranking.
    expect(await headers()).toEqual(['Reference: no listed controls', 'Northwind Contact', 'Bluepeak BPO', 'Harbor Support', 'Lowell Outsourcing']);
    const layout = await boxes();
    let count = await runs(page);
    expect(await page.textContent(cell)).toBe('60%');
    await page.click(cell);
    await waitForFinal(page, ++count);
    expect(await page.textContent(cell)).toBe('—');
    expect(await boxes()).toEqual(layout);
    await page.click(cell);
    await waitForFinal(page, ++count);
    expect(await page.textContent(cell)).toBe('60%');
    expect(await boxes()).toEqual(layout);
    // Controls that change the ranking move no column either.
    for (const control of ['pciDss', 'secureIvr', 'vdi', 'noStoredCardData']) {
      await page.click(`[data-testid=control-toggle][data-vendor=lowell][data-control=${control}]`);
      await waitForFinal(page, ++count);
      expect(await boxes()).toEqual(layout);
    }
    expect(await headers()).toEqual(['Reference: no listed controls', 'Northwind Contact', 'Bluepeak BPO', 'Harbor Support', 'Lowell Outsourcing']);

    // The vendor editor's checkbox goes through the same function, and remembers the same way.
    await showAnalyst(page);
    const harbor = page.locator('article.vendor[data-vendor=harbor]');
    const mfa = harbor.locator('[data-vendor-control=mfa]');
    const coverage = mfa.locator('input.number[data-path$=".coverage"]');
    await mfa.locator('input[type=checkbox]').uncheck();
    expect(await coverage.count()).toBe(0);
    await mfa.locator('input[type=checkbox]').check();
    expect(await coverage.inputValue()).toBe('60');
    await showExecutive(page);
    expect(await page.textContent(cell)).toBe('60%');
    await page.close();
  });

  it('starts a new vendor without a price (its price field focused, a name of its own), and marks one vendor at most as the reference', async () => {
    const page = await openDashboard();
    await showAnalyst(page);
    let count = await runs(page);
    await page.click('text=+ Add vendor');
    await expectFocus(page, '[data-path="vendors[5].annualPrice"]');
    expect(await page.inputValue('[data-path="vendors[5].annualPrice"]')).toBe('');
    expect(await page.inputValue('[data-path="vendors[5].name"]')).toBe('New vendor');
    await page.waitForSelector('[data-testid=app][data-phase=invalid]', { state: 'attached' });
    expect(await page.locator('[data-field="vendors[5].annualPrice"] [data-testid=field-error]').count()).toBe(1);
    await page.keyboard.type('6100000');
    await waitForFinal(page, ++count);
    await page.click('text=+ Add vendor');
    await expectFocus(page, '[data-path="vendors[6].annualPrice"]');
    expect(await page.inputValue('[data-path="vendors[6].name"]')).toBe('New vendor 2');
    await page.keyboard.type('6200000');
    await waitForFinal(page, ++count);

    // One reference at most: ticking another unticks the first.
    const reference = (i: number) => page.locator(`[data-path="vendors[${i}].reference"]`);
    expect(await reference(0).isChecked()).toBe(true);
    await reference(1).check();
    expect(await reference(0).isChecked()).toBe(false);
    expect(await reference(1).isChecked()).toBe(true);
    await waitForFinal(page, ++count);
    await page.locator('section.vendors').screenshot({ path: join(artifacts, 'analyst-vendors-laptop.png') });

    await showExecutive(page);
    expect(await page.getAttribute('[data-testid=vendor-card][data-vendor=northwind]', 'data-rank')).toBe('reference');
    expect(await page.textContent('[data-testid=headline]')).not.toMatch(/^New vendor/);
    const strokes = await colorsBy(page, '[data-testid=exceedance-chart] path.curve', 'stroke');
    const expected = await rgbOf(page, { northwind: GREY });
    expect(strokes.northwind).toBe(expected.northwind);
    expect(new Set(Object.values(strokes)).size).toBe(Object.keys(strokes).length);
    await page.close();
  });

  it('says whether the scenario is the default model or edited, and marks the sources of edited values', async () => {
    const page = await openDashboard();
    const status = page.locator('[data-testid=scenario-status]');
    expect(await page.textContent('.scenario-name')).toContain('Retail e-commerce customer service: BPO shortlist');
    expect(await status.textContent()).toBe('Default model');
    await showAnalyst(page);
    const section = page.locator('section.frequency > .source');
    const incidence = page.locator('[data-field="frequency.annualIncidence"] .source');
    const perBreach = page.locator('[data-field="magnitude.perBreach"] .source');
    const vendor = page.locator('article.vendor[data-vendor=northwind] [data-field="vendors[1].annualPrice"] .source');
    for (const s of [section, incidence, perBreach, vendor]) expect(await s.getAttribute('data-edited')).toBe('false');

    await typeInto(page, 'frequency.annualIncidence.value', '0.45');
    expect(await status.textContent()).toBe('Edited');
    expect(await section.getAttribute('data-edited')).toBe('true');
    expect(await incidence.getAttribute('data-edited')).toBe('true');
    expect(await section.textContent()).toMatch(/for the loaded value; edited since/);
    expect(await section.locator('[data-testid=source]').textContent()).toContain('lambda = -ln(1 - 0.39)');
    expect(await perBreach.getAttribute('data-edited')).toBe('false');
    expect(await vendor.getAttribute('data-edited')).toBe('false');
    await page.locator('section.frequency').screenshot({ path: join(artifacts, 'analyst-edited-sources.png') });

    await page.selectOption('[data-path="magnitude.perBreach.kind"]', 'lognormal-median');
    expect(await perBreach.getAttribute('data-edited')).toBe('true');
    expect(await perBreach.textContent()).toContain('Mean set so that');
    await typeInto(page, 'vendors[1].annualPrice', '7000000');
    expect(await vendor.getAttribute('data-edited')).toBe('true');

    await typeInto(page, 'frequency.annualIncidence.value', '0.39');
    expect(await section.getAttribute('data-edited')).toBe('false');
    expect(await status.textContent()).toBe('Edited');
    await page.close();
  });

  it('draws each vendor in one colour everywhere, fixed while the page lives: not by rank, the reference grey', async () => {
    const page = await openDashboard();
    const ids = ['northwind', 'bluepeak', 'harbor', 'lowell'];
    const expected = await rgbOf(page, { none: GREY, ...Object.fromEntries(ids.map((id, i) => [id, PALETTE[i]])) });
    const everywhere = async () => ({
      curves: await colorsBy(page, '[data-testid=exceedance-chart] path.curve', 'stroke'),
      legend: await colorsBy(page, '[data-testid=exceedance-chart] .legend li[data-vendor]', 'background'),
      cards: await colorsBy(page, '[data-testid=vendor-card]', '--vendor-color'),
    });
    const check = async () => {
      const seen = await everywhere();
      for (const [where, colors] of Object.entries(seen)) expect(colors, where).toEqual(expected);
    };
    await check();
    const ranking = async () => page.$$eval('[data-testid=vendor-card]', (cs) => cs.map((c) => c.getAttribute('data-vendor')));
    const before = await ranking();
    let count = await runs(page);
    for (const control of ['pciDss', 'secureIvr', 'vdi', 'noStoredCardData', 'piiRedaction']) {
      await page.click(`[data-testid=control-toggle][data-vendor=lowell][data-control=${control}]`);
      await waitForFinal(page, ++count);
    }
    expect(await ranking()).not.toEqual(before);
    await check();

    // Removing a vendor shifts no colour; a new one takes a colour no vendor has had.
    await showAnalyst(page);
    await page.click('button[aria-label="Remove Bluepeak BPO"]');
    await waitForFinal(page, ++count);
    await page.click('text=+ Add vendor');
    await expectFocus(page, '[data-path="vendors[4].annualPrice"]');
    await page.keyboard.type('6100000');
    await waitForFinal(page, ++count);
    const dots = await colorsBy(page, 'article.vendor', 'background');
    const added = await rgbOf(page, { 'vendor-5': PALETTE[4] });
    expect(dots).toEqual({ none: expected.none, northwind: expected.northwind, harbor: expected.harbor, lowell: expected.lowell, ...added });
    await showExecutive(page);
    const curves = await colorsBy(page, '[data-testid=exceedance-chart] path.curve', 'stroke');
    expect(curves).toEqual({ none: expected.none, northwind: expected.northwind, harbor: expected.harbor, lowell: expected.lowell, ...added });
    await page.close();
  });

  it('shows the edited views without overlap or overflow on a phone-width screen', async () => {
    const page = await openDashboard('', 390, 844);
    await page.click('text=Set a risk tolerance');
    await page.click('[data-testid=probability-axis-log]');
    await noHorizontalOverflow(page);
    await page.screenshot({ path: join(artifacts, 'executive-edited-phone.png'), fullPage: true });
    await showAnalyst(page);
    await page.click('text=+ Add vendor');
    await typeInto(page, 'frequency.annualIncidence.value', '0.45');
    await noHorizontalOverflow(page);
    await page.locator('section.tolerance').screenshot({ path: join(artifacts, 'analyst-tolerance-phone.png') });
    await page.locator('section.vendors').screenshot({ path: join(artifacts, 'analyst-vendors-phone.png') });
    await page.screenshot({ path: join(artifacts, 'analyst-edited-phone.png'), fullPage: true });
    await page.close();
  });
});
