import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { readJson } from '../helpers/fixtures.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import {
  answerConfirm, appState, cardFigures, dropFile, openDashboard as openPage, openFile, openScenarios, runs, showAnalyst, showExecutive,
  typeInto, waitForFinal, type OpenOptions,
} from './dashboardPage.js';

/**
 * Work that is never lost: the draft kept through reloads, a tab of its own, undo and
 * redo, saved scenarios, and scenario files in and out.
 */
const INCIDENCE = 'frequency.annualIncidence.value';

const suite = dashboardSuite();
const browser = { get context() { return suite.browsers[0].context; } };
const server = { get url() { return suite.url; } };

function openDashboard(query = '', width = 1280, height = 900, options: OpenOptions = {}) {
  return openPage(suite.browsers[0].context, suite.url, query, width, height, options);
}

/** Waits for the page root's `data-<name>` to be `value`. */
async function waitForState(page: Page, name: string, value: string) {
  await page.waitForSelector(`[data-testid=app][data-${name}="${value}"]`, { state: 'attached', timeout: 60_000 });
}

/** Presses `keys` with the focus on no field (on the page itself). */
async function pressOutsideFields(page: Page, keys: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(keys);
}

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Axe violations of any impact on the page as it is. Out-of-date figures (greyed
 * while the draft is invalid, `main.stale`) are left out: their faded contrast is meant.
 */
async function axeSerious(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page } as any).exclude('main.stale').analyze()).violations
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Two boxes of the page that overlap (as `a / b`), among the elements matching `selector`. */
async function overlaps(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => {
    const boxes = elements.map((e) => ({ name: e.getAttribute('data-testid') ?? e.textContent?.trim() ?? '', r: e.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0 && b.r.height > 0);
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`${boxes[i].name} / ${boxes[j].name}`);
      }
    }
    return out;
  });
}

const HEADER_PARTS = '.brand h1, .scenario-name, [data-testid=undo], [data-testid=redo], [data-testid=scenarios-toggle], [data-testid=tab-executive], [data-testid=tab-analyst]';

describe('the draft, kept in the browser', () => {
  it('survives a reload, an invalid one too, with its typed text', async () => {
    const page = await openDashboard();
    const id = await appState(page, 'draft-id');
    await showAnalyst(page);
    let count = await runs(page);
    await typeInto(page, INCIDENCE, '0.45');
    await waitForFinal(page, ++count);
    await showExecutive(page);
    const figures = await cardFigures(page);
    await page.reload();
    await waitForFinal(page);
    expect(await appState(page, 'draft-id')).toBe(id);
    expect(await page.textContent('[data-testid=scenario-status]')).toBe('Edited');
    expect(await cardFigures(page)).toEqual(figures);
    await showAnalyst(page);
    expect(await page.inputValue(`[data-path="${INCIDENCE}"]`)).toBe('0.45');

    // Invalid, as typed: restored as typed, and never run.
    await typeInto(page, INCIDENCE, '0.4x');
    await waitForState(page, 'phase', 'invalid');
    await page.reload();
    await waitForState(page, 'phase', 'invalid');
    expect(await appState(page, 'runs')).toBe('0');
    // The reload kept the Assumptions view open (the address says `?view=analyst`).
    expect(await page.isVisible(`[data-path="${INCIDENCE}"]`)).toBe(true);
    await page.click('[data-testid=tab-executive]');
    expect(await page.textContent('[data-testid=no-results]')).toMatch(/1 problem to fix before it can run/);
    await showAnalyst(page);
    const field = page.locator(`[data-path="${INCIDENCE}"]`);
    expect(await field.inputValue()).toBe('0.4x');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.textContent(`[data-field="frequency.annualIncidence"] [data-testid=field-error]`)).toContain('expected a number');
    expect(await appState(page, 'draft-id')).toBe(id);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('gives a second tab its own copy of the latest draft; edits there leave the first tab alone', async () => {
    const first = await openDashboard();
    await showAnalyst(first);
    let count = await runs(first);
    await typeInto(first, INCIDENCE, '0.45');
    await waitForFinal(first, ++count);

    const second = await openDashboard('', 1280, 900, { fresh: false });
    expect(await appState(second, 'draft-id')).not.toBe(await appState(first, 'draft-id'));
    await showAnalyst(second);
    expect(await second.inputValue(`[data-path="${INCIDENCE}"]`)).toBe('0.45');
    count = await runs(second);
    await typeInto(second, INCIDENCE, '0.6');
    await waitForFinal(second, ++count);

    await first.reload();
    await waitForFinal(first);
    await showAnalyst(first);
    expect(await first.inputValue(`[data-path="${INCIDENCE}"]`)).toBe('0.45');
    await second.reload();
    await waitForFinal(second);
    await showAnalyst(second);
    expect(await second.inputValue(`[data-path="${INCIDENCE}"]`)).toBe('0.6');
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.close();
    await second.close();
  });

  it('carries a duplicated tab (the same session storage) on in a copy of its own', async () => {
    const first = await openDashboard();
    const id = (await appState(first, 'draft-id'))!;
    let count = await runs(first);
    await first.click('[data-testid=control-toggle][data-vendor=lowell][data-control=vdi]');
    await waitForFinal(first, ++count);
    const duplicate = await browser.context.newPage();
    await duplicate.addInitScript((tabDraft) => sessionStorage.setItem('breach-sim.tab-draft', tabDraft), id);
    await duplicate.goto(server.url);
    await waitForFinal(duplicate);
    await duplicate.waitForFunction((old) => document.querySelector('[data-testid=app]')?.getAttribute('data-draft-id') !== old, id, { timeout: 10_000 });
    expect(await duplicate.getAttribute('[data-testid=control-toggle][data-vendor=lowell][data-control=vdi]', 'aria-pressed')).toBe('true');
    await duplicate.click('[data-testid=control-toggle][data-vendor=lowell][data-control=pciDss]');
    await waitForFinal(duplicate, 2);
    await first.reload();
    await waitForFinal(first);
    expect(await appState(first, 'draft-id')).toBe(id);
    expect(await first.getAttribute('[data-testid=control-toggle][data-vendor=lowell][data-control=pciDss]', 'aria-pressed')).toBe('false');
    await duplicate.close();
    await first.close();
  });

  it('works on, and says so, when the storage is full or turned off', async () => {
    const full = await browser.context.newPage();
    await full.setViewportSize({ width: 390, height: 844 });
    await full.addInitScript(() => {
      localStorage.clear();
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await full.goto(server.url);
    await waitForFinal(full);
    expect(await full.locator('[data-testid=storage-note]').count()).toBe(0);
    await full.click('[data-testid=control-toggle][data-vendor=lowell][data-control=vdi]');
    await full.waitForSelector('[data-testid=storage-note]');
    expect(await appState(full, 'saving')).toBe('false');
    await waitForFinal(full, 2);
    await noHorizontalOverflow(full);
    await full.evaluate(() => window.scrollTo(0, 0));
    await full.screenshot({ path: join(artifacts, 'workspace-storage-full-phone.png') });
    await full.close();

    const off = await browser.context.newPage();
    const errors: string[] = [];
    off.on('pageerror', (e) => errors.push(e.message));
    await off.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, { get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
      }
    });
    await off.goto(server.url);
    await waitForFinal(off);
    expect(await off.textContent('[data-testid=storage-note]')).toMatch(/not being saved/);
    await off.click('[data-testid=control-toggle][data-vendor=lowell][data-control=vdi]');
    await waitForFinal(off, 2);
    await off.click('[data-testid=undo]');
    await waitForFinal(off, 3);
    expect(errors).toEqual([]);
    await off.close();
  });
});

describe('undo and redo', () => {
  it('takes back and brings back a matrix toggle, by button and by keyboard, with the same figures', async () => {
    const page = await openDashboard();
    const cell = '[data-testid=control-toggle][data-vendor=lowell][data-control=vdi]';
    expect(await appState(page, 'can-undo')).toBe('false');
    expect(await page.isDisabled('[data-testid=undo]')).toBe(true);
    const before = await cardFigures(page);
    let count = await runs(page);
    await page.click(cell);
    await waitForFinal(page, ++count);
    const toggled = await cardFigures(page);
    expect(toggled.lowell['expected-loss']).toBeLessThan(before.lowell['expected-loss']);
    expect(await appState(page, 'can-undo')).toBe('true');

    await page.click('[data-testid=undo]');
    await waitForFinal(page, ++count);
    expect(await page.getAttribute(cell, 'aria-pressed')).toBe('false');
    expect(await cardFigures(page)).toEqual(before);
    expect(await appState(page, 'can-redo')).toBe('true');
    await page.click('[data-testid=redo]');
    await waitForFinal(page, ++count);
    expect(await cardFigures(page)).toEqual(toggled);

    // The keyboard, with the focus on the cell (the cell keeps it: the matrix is changed in place).
    await page.focus(cell);
    await page.keyboard.press('Control+z');
    await waitForFinal(page, ++count);
    expect(await page.getAttribute(cell, 'aria-pressed')).toBe('false');
    expect(await page.evaluate((s) => document.activeElement?.matches(s), cell)).toBe(true);
    await page.keyboard.press('Control+Shift+Z');
    await waitForFinal(page, ++count);
    expect(await page.getAttribute(cell, 'aria-pressed')).toBe('true');
    await page.keyboard.press('Control+z');
    await waitForFinal(page, ++count);
    await page.keyboard.press('Control+y');
    await waitForFinal(page, ++count);
    expect(await cardFigures(page)).toEqual(toggled);
    expect(await appState(page, 'can-redo')).toBe('false');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('takes back a vendor removal, and makes one step of typing in one field', async () => {
    const page = await openDashboard();
    await showAnalyst(page);
    let count = await runs(page);
    await page.click('button[aria-label="Remove Bluepeak BPO"]');
    await waitForFinal(page, ++count);
    expect(await page.locator('article.vendor[data-vendor=bluepeak]').count()).toBe(0);
    // Ctrl+Z in a text field is the browser's (nothing typed yet: nothing to undo), not the page's.
    await page.focus('[data-path="simulation.trials"]');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(150);
    expect(await page.locator('article.vendor[data-vendor=bluepeak]').count()).toBe(0);
    expect(await appState(page, 'can-redo')).toBe('false');
    await pressOutsideFields(page, 'Control+z');
    await waitForFinal(page, ++count);
    expect(await page.locator('article.vendor[data-vendor=bluepeak]').count()).toBe(1);
    expect(await page.inputValue('[data-path="vendors[2].name"]')).toBe('Bluepeak BPO');
    await pressOutsideFields(page, 'Control+Shift+Z');
    expect(await page.locator('article.vendor[data-vendor=bluepeak]').count()).toBe(0);

    // Keystroke by keystroke into one field, then another field: two steps.
    const incidence = page.locator(`[data-path="${INCIDENCE}"]`);
    await incidence.click({ clickCount: 3 });
    await page.keyboard.type('0.456', { delay: 30 });
    await page.keyboard.press('Tab');
    await typeInto(page, 'simulation.seed', 'another-seed');
    await page.click('[data-testid=undo]');
    expect(await page.inputValue('[data-path="simulation.seed"]')).toBe('retail-bpo-2021');
    expect(await incidence.inputValue()).toBe('0.456');
    await page.click('[data-testid=undo]');
    expect(await incidence.inputValue()).toBe('0.39');
    expect(await page.locator('article.vendor[data-vendor=bluepeak]').count()).toBe(0);
    await page.click('[data-testid=undo]'); // the removal
    expect(await page.locator('article.vendor[data-vendor=bluepeak]').count()).toBe(1);
    expect(await appState(page, 'can-undo')).toBe('false');
    await page.click('[data-testid=redo]');
    await page.click('[data-testid=redo]');
    expect(await incidence.inputValue()).toBe('0.456');
    await waitForFinal(page, count + 1);
    await page.screenshot({ path: join(artifacts, 'workspace-undo-laptop.png') });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('makes one step of moving the risk tolerance point, by keyboard or by a drag', async () => {
    const page = await openDashboard();
    await page.click('text=Set a risk tolerance');
    const handle = page.locator('[data-testid=tolerance-handle]');
    await handle.waitFor();
    const set = await handle.getAttribute('data-probability');
    await handle.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    expect(await handle.getAttribute('data-probability')).not.toBe(set);
    await page.click('[data-testid=undo]');
    expect(await handle.getAttribute('data-probability')).toBe(set);
    // A drag, however many moves, is one step too.
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 60, { steps: 6 });
    await page.mouse.up();
    const dragged = await handle.getAttribute('data-loss');
    expect(await handle.getAttribute('data-probability')).not.toBe(set);
    await page.click('[data-testid=undo]');
    expect(await handle.getAttribute('data-probability')).toBe(set);
    await page.click('[data-testid=redo]');
    expect(await handle.getAttribute('data-loss')).toBe(dragged);
    await page.click('[data-testid=undo]');
    await page.click('[data-testid=undo]');
    expect(await handle.count()).toBe(0);
    expect(await appState(page, 'can-undo')).toBe('false');
    await page.close();
  });

  it('asks before resetting to the default model, and undo brings the edits back', async () => {
    const page = await openDashboard();
    await showAnalyst(page);
    let count = await runs(page);
    await typeInto(page, INCIDENCE, '0.5');
    await waitForFinal(page, ++count);
    await showExecutive(page);
    const edited = await cardFigures(page);
    await showAnalyst(page);
    await openScenarios(page);
    await page.click('[data-testid=reset-default]');
    await page.waitForSelector('[data-testid=confirm-dialog][open]');
    expect(await page.textContent('[data-testid=confirm-dialog] h2')).toBe('Reset to the default model?');
    await page.screenshot({ path: join(artifacts, 'workspace-confirm-laptop.png') });
    expect(await axeSerious(page)).toEqual([]);
    await answerConfirm(page, false);
    expect(await page.inputValue(`[data-path="${INCIDENCE}"]`)).toBe('0.5');
    await page.click('[data-testid=reset-default]');
    await answerConfirm(page, true);
    await waitForFinal(page, ++count);
    expect(await page.inputValue(`[data-path="${INCIDENCE}"]`)).toBe('0.39');
    expect(await page.textContent('[data-testid=scenario-status]')).toBe('Default model');
    await page.click('[data-testid=undo]');
    await waitForFinal(page, ++count);
    expect(await page.inputValue(`[data-path="${INCIDENCE}"]`)).toBe('0.5');
    expect(await page.textContent('[data-testid=scenario-status]')).toBe('Edited');
    await showExecutive(page);
    expect(await cardFigures(page)).toEqual(edited);
    await page.close();
  });
});

describe('saved scenarios', () => {
  it('saves, renames, duplicates, deletes and opens them, the reader\'s draft one click away', async () => {
    const page = await openDashboard();
    await showAnalyst(page);
    let count = await runs(page);
    await typeInto(page, INCIDENCE, '0.45');
    await waitForFinal(page, ++count);
    await showExecutive(page);
    const saved = await cardFigures(page);
    await showAnalyst(page);
    await openScenarios(page);
    expect(await page.inputValue('[data-testid=save-name]')).toBe('Retail e-commerce customer service: BPO shortlist');
    await page.fill('[data-testid=save-name]', 'Shortlist A');
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=saved-scenario][data-name="Shortlist A"]');
    expect(await page.textContent('.scenario-name')).toContain('Shortlist A');

    const item = (name: string) => page.locator(`[data-testid=saved-scenario][data-name="${name}"]`);
    await item('Shortlist A').locator('[data-testid=saved-rename]').click();
    await page.fill('[data-testid=saved-rename-input]', 'Shortlist B');
    await page.keyboard.press('Enter');
    await item('Shortlist B').waitFor();
    await item('Shortlist B').locator('[data-testid=saved-duplicate]').click();
    await item('Shortlist B (copy)').waitFor();
    // A name taken: said, and nothing renamed.
    await item('Shortlist B (copy)').locator('[data-testid=saved-rename]').click();
    await page.fill('[data-testid=saved-rename-input]', 'Shortlist B');
    await page.click('[data-testid=saved-rename-save]');
    expect(await page.textContent('[data-testid=saved-rename-problem]')).toMatch(/Another saved scenario is called “Shortlist B”/);
    await page.click('[data-testid=saved-rename-cancel]');
    await page.screenshot({ path: join(artifacts, 'workspace-scenarios-laptop.png') });
    expect(await overlaps(page, `${HEADER_PARTS}, [data-testid=scenarios-panel]`)).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
    await item('Shortlist B (copy)').locator('[data-testid=saved-delete]').click();
    await answerConfirm(page, true);
    expect(await page.$$eval('[data-testid=saved-scenario]', (es) => es.map((e) => e.getAttribute('data-name')))).toEqual(['Shortlist B']);

    // Edit on, then open the saved one: it opens as a draft of its own.
    await page.click('[data-testid=scenarios-close]');
    await typeInto(page, INCIDENCE, '0.3');
    await waitForFinal(page, ++count);
    await showExecutive(page);
    const mine = await cardFigures(page);
    await showAnalyst(page);
    await openScenarios(page);
    await item('Shortlist B').locator('[data-testid=saved-open]').click();
    await waitForState(page, 'draft-origin', 'saved');
    await waitForFinal(page, ++count);
    expect(await page.textContent('[data-testid=opened-bar]')).toContain('Opened saved scenario Shortlist B');
    expect(await page.inputValue(`[data-path="${INCIDENCE}"]`)).toBe('0.45');
    await showExecutive(page);
    expect(await cardFigures(page)).toEqual(saved);
    await page.click('[data-testid=opened-back]');
    await waitForState(page, 'draft-origin', 'own');
    await waitForFinal(page, ++count);
    expect(await cardFigures(page)).toEqual(mine);
    await showAnalyst(page);
    expect(await page.inputValue(`[data-path="${INCIDENCE}"]`)).toBe('0.3');

    // Kept through a reload (and seen by a new tab).
    await page.reload();
    await waitForFinal(page);
    await openScenarios(page);
    expect(await item('Shortlist B').count()).toBe(1);
    await page.close();
  });

  it('shows the panel whole on a phone-width screen', async () => {
    const page = await openDashboard('', 390, 844);
    await openScenarios(page);
    await page.fill('[data-testid=save-name]', 'A scenario with a long name to see how it wraps on a phone');
    await page.click('[data-testid=save-scenario]');
    await page.waitForSelector('[data-testid=saved-scenario]');
    await noHorizontalOverflow(page);
    expect(await overlaps(page, `${HEADER_PARTS}, [data-testid=scenarios-panel]`)).toEqual([]);
    expect(await overlaps(page, '[data-testid=saved-scenario] .name, [data-testid=saved-scenario] button')).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'workspace-scenarios-phone.png'), fullPage: false });
    await page.locator('[data-testid=scenarios-panel]').screenshot({ path: join(artifacts, 'workspace-scenarios-panel-phone.png') });
    await page.click('[data-testid=reset-default]');
    await page.waitForSelector('[data-testid=confirm-dialog][open]');
    expect(await overlaps(page, '[data-testid=confirm-dialog] h2, [data-testid=confirm-dialog] p, [data-testid=confirm-dialog] button')).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'workspace-confirm-phone.png') });
    await answerConfirm(page, false);
    await page.click('[data-testid=scenarios-close]');
    await dropFile(page, { name: 'a-file-with-a-rather-long-name-that-is-not-json.json', text: '{"format": "breach-scenario/1", ' });
    await page.waitForSelector('[data-testid=file-error]');
    await noHorizontalOverflow(page);
    await page.screenshot({ path: join(artifacts, 'workspace-file-error-phone.png') });
    expect(await axeSerious(page)).toEqual([]);
    await page.close();
  });
});

describe('scenario files', () => {
  it('downloads the scenario as the JSON the command line reads, and opening it again gives the same figures', async () => {
    const page = await openDashboard();
    await showAnalyst(page);
    let count = await runs(page);
    await typeInto(page, INCIDENCE, '0.45');
    await waitForFinal(page, ++count);
    await showExecutive(page);
    const figures = await cardFigures(page);
    await openScenarios(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-scenario]')]);
    expect(download.suggestedFilename()).toBe('retail-e-commerce-customer-service-bpo-shortlist.json');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.split('\n')[1]).toBe('  "$schema": "./scenario.schema.json",');
    const expected = readJson('models/retail-bpo-2021.json');
    expected.frequency.annualIncidence.value = 0.45;
    expect(JSON.parse(text)).toEqual(expected);
    expect(text).toBe(`${JSON.stringify(expected, null, 2)}\n`);

    // Back to the default model, then the file again.
    await page.click('[data-testid=reset-default]');
    await answerConfirm(page, true);
    await waitForFinal(page, ++count);
    expect(await cardFigures(page)).not.toEqual(figures);
    const before = await appState(page, 'draft-id');
    await openFile(page, { name: download.suggestedFilename(), text });
    await waitForState(page, 'draft-origin', 'file');
    await waitForFinal(page, ++count);
    expect(await page.textContent('[data-testid=opened-bar]')).toContain(`Opened file ${download.suggestedFilename()}`);
    expect(await cardFigures(page)).toEqual(figures);
    expect(await appState(page, 'draft-id')).not.toBe(before);
    await page.screenshot({ path: join(artifacts, 'workspace-opened-laptop.png') });
    await page.click('[data-testid=opened-keep]');
    await waitForState(page, 'draft-origin', 'own');
    expect(await page.locator('[data-testid=opened-bar]').count()).toBe(0);
    await page.reload();
    await waitForFinal(page);
    expect(await cardFigures(page)).toEqual(figures);
    expect(await appState(page, 'draft-origin')).toBe('own');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('says what is wrong with a file that is not JSON, and changes nothing', async () => {
    const page = await openDashboard();
    const id = await appState(page, 'draft-id');
    await openFile(page, { name: 'notes.txt', text: 'hello, this is not a scenario' });
    const message = await page.locator('[data-testid=file-error] p').textContent();
    expect(message).toMatch(/^notes\.txt is not a JSON file: .+\. Nothing was changed\.$/);
    expect(await appState(page, 'draft-id')).toBe(id);
    expect(await appState(page, 'draft-origin')).toBe('own');
    expect(await page.locator('[data-testid=opened-bar]').count()).toBe(0);
    await dropFile(page, { name: 'empty.json', text: '' });
    await page.waitForFunction(() => document.querySelector('[data-testid=file-error] p')?.textContent?.startsWith('empty.json is empty'));
    await page.screenshot({ path: join(artifacts, 'workspace-file-error-laptop.png') });
    await page.click('[data-testid=file-error-dismiss]');
    expect(await page.locator('[data-testid=file-error]').count()).toBe(0);
    expect(await appState(page, 'draft-id')).toBe(id);
    await page.close();
  });

  for (const [device, width, height] of [['laptop', 1280, 900], ['phone', 390, 844]] as const) {
    it(`opens an invalid scenario file as a draft that shows every error by path, the reader's draft one click away (${device})`, async () => {
      const page = await openDashboard('', width, height);
      const figures = await cardFigures(page);
      const id = await appState(page, 'draft-id');
      const model = readJson('models/retail-bpo-2021.json');
      model.name = 'Shortlist with mistakes';
      model.vendors[1].annualPrice = 'lots';
      model.vendors[2].controls.push('mfx');
      model.frequency.vectors.phishing = 0.3;
      const text = JSON.stringify(model, null, 2);
      if (device === 'laptop') await openFile(page, { name: 'shortlist.json', text });
      else await dropFile(page, { name: 'shortlist.json', text });
      await waitForState(page, 'draft-origin', 'file');
      await waitForState(page, 'phase', 'invalid');
      const bar = page.locator('[data-testid=opened-bar]');
      expect(await bar.textContent()).toContain('Opened file shortlist.json');
      const paths = await page.$$eval('[data-testid=opened-errors] li', (ls) => ls.map((l) => l.getAttribute('data-path')));
      expect(paths).toEqual(expect.arrayContaining(['vendors[1].annualPrice', 'vendors[2].controls[4]', 'frequency.vectors']));
      expect(await page.textContent('[data-testid=opened-errors]')).toMatch(/vendors\[2\]\.controls\[4\]: unknown control "mfx"/);
      expect(await page.textContent('.scenario-name')).toContain('Shortlist with mistakes');
      expect(await appState(page, 'stale')).toBe('true');
      await noHorizontalOverflow(page);
      expect(await overlaps(page, `${HEADER_PARTS}, [data-testid=opened-bar] .what, [data-testid=opened-bar] button`)).toEqual([]);
      await page.screenshot({ path: join(artifacts, `workspace-opened-invalid-${device}.png`) });
      expect(await axeSerious(page)).toEqual([]);
      await showAnalyst(page);
      expect(await page.textContent('[data-field="vendors[1].annualPrice"] [data-testid=field-error]')).toBeTruthy();

      await page.click('[data-testid=opened-back]');
      await waitForState(page, 'draft-origin', 'own');
      await waitForFinal(page);
      expect(await appState(page, 'draft-id')).toBe(id);
      expect(await page.locator('[data-testid=opened-bar]').count()).toBe(0);
      await showExecutive(page);
      expect(await cardFigures(page)).toEqual(figures);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  }

  it('opens files that are JSON but no scenario at all without failing', async () => {
    const page = await openDashboard();
    for (const [name, text] of [['array.json', '[1, 2, 3]'], ['number.json', '42'], ['null.json', 'null'], ['object.json', '{"vendors": 3, "controls": {"x": null}}']]) {
      await openFile(page, { name, text });
      await page.waitForFunction((n) => document.querySelector('[data-testid=opened-label]')?.textContent === n, name);
      await waitForState(page, 'phase', 'invalid');
      expect(await page.locator('[data-testid=opened-errors] li').count()).toBeGreaterThan(0);
      await page.click('[data-testid=tab-analyst]');
      await page.waitForSelector('[data-testid=draft-status]');
      // A shape the format does not allow (null for a control) is shown as what it is, with the engine's error beside it.
      if (name === 'object.json') expect(await page.textContent('[data-testid=analyst-view]')).toContain('expected an object, got null');
      await page.click('[data-testid=tab-executive]');
      await page.waitForSelector('[data-testid=vendor-card]');
    }
    await page.click('[data-testid=opened-back]');
    await waitForState(page, 'draft-origin', 'own');
    await waitForFinal(page);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('the new bars and menus', () => {
  for (const [device, width, height] of [['laptop', 1280, 900], ['phone', 390, 844]] as const) {
    it(`fit the header without overlap or overflow (${device})`, async () => {
      const page = await openDashboard('', width, height);
      expect(await overlaps(page, HEADER_PARTS)).toEqual([]);
      await noHorizontalOverflow(page);
      await page.locator('.topbar').screenshot({ path: join(artifacts, `workspace-header-${device}.png`) });
      await page.close();
    });
  }
});
