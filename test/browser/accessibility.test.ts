import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../helpers/fixtures.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { appState, openDashboard, openFile, openScenarios, runs, waitForFinal } from './dashboardPage.js';

/**
 * Accessibility, as axe and a keyboard see it: no violation of any impact on any view, at a
 * laptop's width and a phone's, with the default model and with the contract model; the
 * whole flow (read the answer, change an assumption, toggle a control, move the tolerance,
 * share a link) with the keyboard alone; reduced motion honoured.
 */

const suite = dashboardSuite();

/** Every violation axe finds on the page as it is, of any impact, as "id: target". */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

/** Presses Tab (or Shift+Tab) until the focus is on an element matching `selector`; fails after `most` presses. */
async function tabTo(page: Page, selector: string, { back = false, most = 250 } = {}): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`no ${selector} within ${most} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

const focused = (page: Page, attribute: string) => page.evaluate((a) => document.activeElement?.getAttribute(a) ?? null, attribute);

describe('accessibility', () => {
  for (const width of [1280, 390]) {
    it(`axe finds nothing on any view at ${width} px, with the default model and with the contract model`, async () => {
      const page = await openDashboard(suite.browsers[0].context, suite.url, '', width, 900);
      const found: Record<string, string[]> = {};
      const check = async (view: string) => (found[view] = await violations(page));
      await check('vendor comparison');
      await page.click('[data-testid=tab-analyst]');
      await page.waitForSelector('[data-testid=analyst-view]');
      await check('assumptions');
      await page.click('[data-testid=tab-decisions]');
      // Once computed: while a run goes, the figures are greyed as stale, on purpose.
      await page.waitForSelector('[data-testid=control-table]');
      await page.waitForSelector('[data-testid=app][data-stale=false]', { state: 'attached' });
      await check('decisions');
      await page.click('[data-testid=tab-executive]');
      await openScenarios(page);
      await check('scenarios panel');
      const count = await runs(page);
      await openFile(page, { name: 'retail-bpo-contract.json', text: readFileSync(join(repositoryRoot, 'models/retail-bpo-contract.json'), 'utf8') });
      await waitForFinal(page, count + 1);
      await page.click('[data-testid=scenarios-toggle]');
      await check('contract: vendor comparison');
      await page.emulateMedia({ media: 'print' });
      await check('contract: print report');
      await page.emulateMedia({ media: 'screen' });
      await page.click('[data-testid=tab-analyst]');
      await page.waitForSelector('[data-testid=contract-editor]');
      await check('contract: assumptions');
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
      expect(page.errors).toEqual([]);
      await page.close();
    }, 180_000);
  }

  it('the whole flow works with the keyboard alone: answer, assumption, control, tolerance, link', async () => {
    const context = suite.browsers[0].context;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(suite.url).origin });
    const page = await openDashboard(context, suite.url);
    // The first key reaches the skip link, which takes the focus to the answer.
    await page.keyboard.press('Tab');
    expect(await focused(page, 'data-testid')).toBe('skip-link');
    expect(await page.locator('[data-testid=skip-link]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    expect(await page.textContent('[data-testid=headline]')).toMatch(/is the cheapest vendor once breach risk is priced in/);

    // An assumption: the Assumptions tab, then a vendor's price, typed.
    let count = await runs(page);
    await tabTo(page, '[data-testid=tab-analyst]', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=analyst-view]');
    await tabTo(page, '[data-path="frequency.annualIncidence.value"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.41');
    await page.keyboard.press('Tab');
    await waitForFinal(page, count + 1);
    expect(await page.inputValue('[data-path="frequency.annualIncidence.value"]')).toBe('0.41');

    // A control: the matrix is one tab stop; arrows move in it, Space toggles.
    await tabTo(page, '[data-testid=tab-executive]', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=control-matrix]');
    await tabTo(page, '[data-testid=control-toggle]');
    const stops = await page.$$eval('[data-testid=control-toggle]', (es) => es.filter((e) => e.getAttribute('tabindex') === '0').length);
    expect(stops).toBe(1);
    expect(await focused(page, 'data-row')).toBe('0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect([await focused(page, 'data-row'), await focused(page, 'data-col')]).toEqual(['1', '1']);
    const cell = { vendor: await focused(page, 'data-vendor'), control: await focused(page, 'data-control') };
    const before = await page.getAttribute(`[data-testid=control-toggle][data-vendor="${cell.vendor}"][data-control="${cell.control}"]`, 'aria-pressed');
    count = await runs(page);
    await page.keyboard.press('Space');
    await waitForFinal(page, count + 1);
    expect(await page.getAttribute(`[data-testid=control-toggle][data-vendor="${cell.vendor}"][data-control="${cell.control}"]`, 'aria-pressed'))
      .toBe(before === 'true' ? 'false' : 'true');
    await page.keyboard.press('End');
    expect(await focused(page, 'data-col')).toBe(String((await page.locator('thead .vendor-col').count()) - 1));

    // The tolerance: set one, then move it with the arrows.
    await tabTo(page, '.set-tolerance');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=tolerance-handle]');
    await tabTo(page, '[data-testid=tolerance-handle]', { back: true });
    const probability = await page.getAttribute('[data-testid=tolerance-handle]', 'data-probability');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction((p) => document.querySelector('[data-testid=tolerance-handle]')?.getAttribute('data-probability') !== p, probability);
    expect(Number(await page.getAttribute('[data-testid=tolerance-handle]', 'data-probability'))).toBeGreaterThan(Number(probability));

    // A link: Copy link, by Enter.
    await tabTo(page, '[data-testid=copy-link]', { back: true });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=link-copied]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#b1\./);
    expect(await appState(page, 'phase')).toBe('done');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('honours prefers-reduced-motion: nothing on the page transitions', async () => {
    const page = await openDashboard(suite.browsers[0].context, suite.url);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = await page.$$eval('*', (es) => es.filter((e) => {
      const style = getComputedStyle(e);
      return style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
    }).map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : '')));
    expect(moving).toEqual([]);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await page.$eval('main', (e) => getComputedStyle(e).transitionDuration)).not.toBe('0s');
    await page.keyboard.press('Tab');
    await page.screenshot({ path: join(artifacts, 'skip-link-laptop.png') });
    await page.close();
  });
});
