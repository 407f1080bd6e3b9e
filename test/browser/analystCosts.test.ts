import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { appState, openDashboard, showAnalyst, showExecutive, typeInto, waitForFinal } from './dashboardPage.js';

/**
 * The decision analytics' inputs in the Assumptions view: a control's annual cost to add,
 * a vendor's own cost (of a control it lacks too), the tornado's swing; and the control
 * matrix with an entry at coverage 0 (a control the vendor lacks, listed for its cost).
 */

const suite = dashboardSuite();
const open = (width?: number, height?: number) => openDashboard(suite.browsers[0].context, suite.url, '', width, height);

type Json = Record<string, any>;

/** The draft as the page saved it for this tab. */
async function savedDraft(page: Page): Promise<Json> {
  const id = await appState(page, 'draft-id');
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.json, `breach-sim.draft.${id}`);
}

/** Waits until the saved draft passes `test`, and returns it. */
async function draftWhere(page: Page, test: (json: Json) => boolean): Promise<Json> {
  const until = Date.now() + 10_000;
  for (;;) {
    const json = await savedDraft(page);
    if (json && test(json)) return json;
    if (Date.now() > until) throw new Error(`the saved draft never passed the test: ${JSON.stringify(json?.vendors?.[4])}`);
    await page.waitForTimeout(50);
  }
}

/** Types into the field at `path` and leaves it (the field may take a new path as it lists an entry). */
async function typeAndLeave(page: Page, path: string, text: string): Promise<void> {
  const field = page.locator(`[data-path="${path}"]`);
  await field.click({ clickCount: 3 });
  await field.fill(text);
  await page.keyboard.press('Tab');
}

const lowell = 4;
const cell = '[data-testid=control-toggle][data-vendor=lowell][data-control=vdi]';
/** Lowell's entry of control `id`, as an object (a bare id as `{ id }`), or undefined when it lists none. */
const entryOf = (json: Json, id: string): Json | undefined => {
  const entry = (json.vendors[lowell].controls as (string | Json)[]).find((c) => (typeof c === 'string' ? c : c.id) === id);
  return typeof entry === 'string' ? { id: entry } : entry;
};

describe('annual costs of controls and the tornado swing in the Assumptions view', () => {
  it('edits a control\'s cost, a vendor\'s own cost of a control it lacks, and the swing, and the matrix keeps the cost', async () => {
    const page = await open(1280, 800);
    await showAnalyst(page);

    // The catalogue's cost: typed, saved, shown in money; the vendors show it as what blank stands for.
    const costField = page.locator('[data-field="controls.vdi.annualCost"]');
    expect(await costField.locator('[data-testid=field-default]').textContent()).toBe('blank: not stated');
    await typeInto(page, 'controls.vdi.annualCost', '80000');
    expect((await draftWhere(page, (j) => j.controls.vdi.annualCost === 80000)).controls.vdi.annualCost).toBe(80000);
    expect(await costField.textContent()).toContain('$80.0k');
    const row = page.locator(`article[data-vendor=lowell] [data-vendor-control=vdi]`);
    expect(await row.textContent()).toContain("the catalogue's");
    expect(await page.getAttribute(`[data-path="vendors[${lowell}].controls.vdi.annualCost"]`, 'placeholder')).toBe('$80.0k');
    await typeInto(page, 'controls.vdi.annualCost', '80k');
    expect(await costField.locator('[data-testid=field-error]').textContent()).toMatch(/expected a number/);
    await typeInto(page, 'controls.vdi.annualCost', '90000');
    await draftWhere(page, (j) => j.controls.vdi.annualCost === 90000);
    await page.locator('article[data-control=vdi]').screenshot({ path: join(artifacts, 'analyst-control-cost-1280.png') });
    await page.locator('.card.controls').screenshot({ path: join(artifacts, 'analyst-controls-costs-1280.png') });

    // Lowell lacks vdi: its own cost lists it at coverage 0, and the box stays unticked.
    await typeAndLeave(page, `vendors[${lowell}].controls.vdi.annualCost`, '70000');
    await draftWhere(page, (j) => entryOf(j, 'vdi')?.annualCost === 70000);
    expect(entryOf(await savedDraft(page), 'vdi')).toEqual({ id: 'vdi', coverage: 0, annualCost: 70000 });
    expect(await page.isChecked(`[data-path="vendors[${lowell}].controls.vdi"]`)).toBe(false);
    expect(await row.getAttribute('data-held')).toBe('false');
    await page.locator('article[data-vendor=lowell]').screenshot({ path: join(artifacts, 'analyst-vendor-costs-1280.png') });
    expect(await page.getAttribute('[data-path="vendors[2].controls.vdi.annualCost"]', 'placeholder')).toBe('$90.0k');
    expect(await page.getAttribute('[data-path="vendors[2].controls.byodPolicy.annualCost"]', 'placeholder')).toBe('not stated');
    await page.locator('article[data-vendor=bluepeak]').screenshot({ path: join(artifacts, 'analyst-vendor-catalogue-cost-1280.png') });

    // The swing: a percentage; out of range is shown at the field; blank goes back to the default.
    const swing = page.locator('[data-field="analytics.swing"]');
    expect(await swing.locator('[data-testid=field-default]').textContent()).toBe('blank: 25%');
    await typeInto(page, 'analytics.swing', '30');
    await draftWhere(page, (j) => j.analytics?.swing === 0.3);
    await typeInto(page, 'analytics.swing', '150');
    expect(await swing.locator('[data-testid=field-error]').textContent()).toMatch(/1/);
    await page.locator('.card.simulation').screenshot({ path: join(artifacts, 'analyst-analytics-1280.png') });
    await typeInto(page, 'analytics.swing', '');
    await draftWhere(page, (j) => j.analytics === undefined);
    expect(await swing.locator('[data-testid=field-error]').count()).toBe(0);

    // The matrix: the entry at coverage 0 is not held; on, it is held in full with its cost; off again, the cost stays.
    await showExecutive(page);
    expect(await page.getAttribute(cell, 'aria-pressed')).toBe('false');
    expect(await page.textContent(cell)).toBe('—');
    await page.click(cell);
    await draftWhere(page, (j) => entryOf(j, 'vdi')?.coverage === 1);
    expect(entryOf(await savedDraft(page), 'vdi')).toEqual({ id: 'vdi', coverage: 1, annualCost: 70000 });
    expect(await page.getAttribute(cell, 'aria-pressed')).toBe('true');
    expect(await page.textContent(cell)).toBe('✓');
    await page.click(cell);
    await draftWhere(page, (j) => entryOf(j, 'vdi')?.coverage === 0);
    expect(entryOf(await savedDraft(page), 'vdi')).toEqual({ id: 'vdi', coverage: 0, annualCost: 70000 });
    expect(await page.getAttribute(cell, 'aria-pressed')).toBe('false');

    // The partial mfa, turned off and on, comes back at 50%.
    const mfa = '[data-testid=control-toggle][data-vendor=lowell][data-control=mfa]';
    await page.click(mfa);
    await page.click(mfa);
    expect(entryOf(await draftWhere(page, (j) => entryOf(j, 'mfa') !== undefined), 'mfa')).toEqual({ id: 'mfa', coverage: 0.5 });
    await waitForFinal(page);
    expect(await appState(page, 'phase')).toBe('done');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('lays the cost fields out on a phone-width screen', async () => {
    const page = await open(390, 844);
    await showAnalyst(page);
    await typeInto(page, 'controls.vdi.annualCost', '80000');
    await typeAndLeave(page, `vendors[${lowell}].controls.vdi.annualCost`, '70000');
    await page.locator('article[data-control=vdi]').scrollIntoViewIfNeeded();
    await page.locator('article[data-control=vdi]').screenshot({ path: join(artifacts, 'analyst-control-cost-390.png') });
    await page.locator('article[data-vendor=lowell]').screenshot({ path: join(artifacts, 'analyst-vendor-costs-390.png') });
    await page.locator('[data-testid=analytics-editor]').screenshot({ path: join(artifacts, 'analyst-analytics-390.png') });
    await page.locator('article[data-control=vdi]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'analyst-controls-costs-390.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
