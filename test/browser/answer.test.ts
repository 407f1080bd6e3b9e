import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { cardFigures, openDashboard, runs, showAnalyst, showExecutive, typeInto, waitForFinal } from './dashboardPage.js';

const suite = dashboardSuite();

const open = (query = '', width?: number, height?: number) => openDashboard(suite.browsers[0].context, suite.url, query, width, height);

describe('the answer executives read', () => {
  it('names the same vendor for another seed, and never gives another vendor a higher chance of being cheapest', async () => {
    const page = await open();
    await showAnalyst(page);
    await typeInto(page, 'simulation.seed', '1');
    await waitForFinal(page, 2);
    await showExecutive(page);
    const headline = page.locator('[data-testid=headline]');
    expect(await headline.getAttribute('data-verdict')).toBe('clear');
    expect(await headline.getAttribute('data-vendor')).toBe('bluepeak');
    expect(await headline.textContent()).toMatch(/^Bluepeak BPO is the cheapest vendor once breach risk is priced in/);
    const figures = await cardFigures(page);
    const candidates = Object.entries(figures).filter(([id]) => id !== 'none');
    const mostOften = candidates.reduce((best, c) => (c[1]['probability-cheapest'] > best[1]['probability-cheapest'] ? c : best));
    expect(mostOften[0]).toBe('bluepeak');
    // The words: one term for the draws, explained once.
    expect(await headline.textContent()).toContain('of 100,000 assumption draws');
    expect(await page.locator('text=What is an assumption draw?').count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('says the top two are too close to call when their difference is within the precision, and shows digits that separate them', async () => {
    const page = await open();
    const before = await cardFigures(page);
    const lead = before.northwind['risk-adjusted-cost'] - before.bluepeak['risk-adjusted-cost'];
    const count = await runs(page);
    await showAnalyst(page);
    // Northwind's price lowered so that it trails Bluepeak by $50 a year, with a paired standard error of about $200.
    const price = Math.round(7_400_000 - lead + 50);
    await typeInto(page, 'vendors[1].annualPrice', String(price));
    await waitForFinal(page, count + 1);
    await showExecutive(page);
    const headline = page.locator('[data-testid=headline]');
    expect(await headline.getAttribute('data-verdict')).toBe('unresolved');
    const text = (await headline.textContent())!;
    expect(text).toMatch(/Bluepeak BPO and Northwind Contact are too close to tell apart with 100,000 simulated years/);
    expect(text).toMatch(/Run more trials to separate them\./);
    expect(text).not.toMatch(/is the cheapest vendor/);
    const totals = await page.$$eval('[data-testid=vendor-card]:not([data-rank=reference]) [data-metric=risk-adjusted-cost]', (es) => es.map((e) => e.textContent));
    expect(totals[0]).not.toBe(totals[1]);
    await page.locator('[data-testid=headline]').screenshot({ path: join(artifacts, 'headline-unresolved.png') });
    await page.close();
  });

  it('explains "±" as the precision, not a range of outcomes', async () => {
    const page = await open();
    expect(await page.textContent('[data-testid=precision-note]')).toMatch(/simulation's precision .* not a range of outcomes: a year's loss ranges from its 5th to its 95th percentile/);
    expect(await page.getAttribute('[data-testid=vendor-card][data-vendor=bluepeak] .se', 'title')).toMatch(/precision, not a range/);
    await page.close();
  });

  it('marks the tail figures when a heavy-tailed loss makes them unreliable, and says why', async () => {
    const page = await open();
    expect(await page.locator('[data-testid=run-warnings]').count()).toBe(0);
    const count = await runs(page);
    await showAnalyst(page);
    await typeInto(page, 'magnitude.perBreach.sigma', '10');
    await waitForFinal(page, count + 1);
    await showExecutive(page);
    const warnings = page.locator('[data-testid=run-warnings]');
    expect(await warnings.textContent()).toMatch(/magnitude\.perBreach: a lognormal with sigma 10 has more than 10% of its mean in draws rarer than/);
    const marks = await page.$$eval('[data-testid=vendor-card][data-vendor=bluepeak] [data-testid=figure-warning]', (es) => es.length);
    expect(marks).toBeGreaterThanOrEqual(2); // the 1-in-20 and 1-in-100 year losses
    await page.screenshot({ path: join(artifacts, 'executive-warnings.png'), fullPage: false });
    await page.close();
  });

  it('lists every problem of an edit at once: a structural error does not hide a cross-field one', async () => {
    const page = await open();
    await showAnalyst(page);
    await typeInto(page, 'vendors[2].annualPrice', '-5');
    await typeInto(page, 'frequency.annualIncidence.value', '1.5');
    await page.waitForSelector('[data-testid=app][data-phase=invalid]', { state: 'attached' });
    const status = page.locator('[data-testid=draft-status]');
    expect(await status.textContent()).toMatch(/2 problems to fix/);
    await status.locator('summary').click();
    const lines = await status.locator('li').allTextContents();
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^vendors\[2\]\.annualPrice(\.value)?: must be >= 0; got -5/),
      expect.stringMatching(/^frequency\.annualIncidence: must lie within \[0, 1\); got 1\.5/),
    ]));
    await page.close();
  });

  it('keeps the page still under the pointer when a cell of the control matrix is clicked', async () => {
    const page = await open();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await page.evaluate(() => window.scrollY);
    const count = await runs(page);
    await page.click('[data-testid=control-toggle][data-vendor=harbor][data-control=mfa]');
    await waitForFinal(page, count + 1);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await page.close();
  });

  it('says "exact" where a figure has no simulation error, and names an empty field plainly', async () => {
    const page = await open();
    expect(await page.textContent('[data-testid=vendor-card][data-vendor=none] .se')).toBe('exact');
    await showAnalyst(page);
    await typeInto(page, 'vendors[3].annualPrice', '');
    await page.waitForSelector('[data-testid=app][data-phase=invalid]', { state: 'attached' });
    expect(await page.locator('[data-testid=field-error]').first().textContent()).toMatch(/is empty: a number is needed/);
    await page.close();
  });
});

