import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readJson } from '../helpers/fixtures.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { cardFigures, openDashboard, runs, showAnalyst, typeInto, waitForFinal } from './dashboardPage.js';

/**
 * Building a scenario in the Assumptions view alone: names, shares, amplifiers, controls
 * and their effects, vendors; renaming with the uses; "Rescale the rest".
 */

const suite = dashboardSuite();
const model = readJson('models/retail-bpo-2021.json');

const open = (width?: number, height?: number) => openDashboard(suite.browsers[0].context, suite.url, '', width, height);

type Json = Record<string, any>;

/** The number of a plain or sourced number. */
const valueOf = (x: unknown): number => (typeof x === 'number' ? x : (x as { value: number }).value);

/** Renames a name field (`data-rename`) to `next`, as a person would: type, leave the field. */
async function rename(page: Page, path: string, next: string): Promise<void> {
  const field = page.locator(`[data-rename="${path}"]`);
  await field.click({ clickCount: 3 });
  await field.fill(next);
  await field.press('Tab');
}

/** Sets a reduction, an amount or any distribution field at `path` to `value` (a number or a distribution object). */
async function setDistribution(page: Page, path: string, value: unknown): Promise<void> {
  if (typeof value === 'number' || (value as Json).dist === undefined) {
    await page.selectOption(`[data-path="${path}.kind"]`, 'number');
    await typeInto(page, `${path}.value`, String(valueOf(value)));
    return;
  }
  const d = value as Json;
  if (d.dist === 'pert') {
    await page.selectOption(`[data-path="${path}.kind"]`, 'pert');
    // Max first, so that every step on the way stays a possible PERT as often as may be.
    await typeInto(page, `${path}.max`, String(d.max));
    await typeInto(page, `${path}.mode`, String(d.mode));
    await typeInto(page, `${path}.min`, String(d.min));
  } else if (d.dist === 'lognormal' && d.low !== undefined) {
    await page.selectOption(`[data-path="${path}.kind"]`, 'lognormal-range');
    await typeInto(page, `${path}.high`, String(d.high));
    await typeInto(page, `${path}.low`, String(d.low));
  } else {
    throw new Error(`setDistribution: ${JSON.stringify(d)} is not handled by this test`);
  }
}

/** Adds a share (vector or component) called `name` with `share`, through the page. */
async function addShare(page: Page, base: string, word: string, name: string, share: number): Promise<void> {
  await page.click(`[data-testid=add-${word}]`);
  const fresh = await page.$$eval(`[data-shares] [data-rename^="${base}."]`, (es) => es.map((e) => e.getAttribute('data-rename')!));
  await rename(page, fresh[fresh.length - 1], name);
  await typeInto(page, `${base}.${name}`, String(share));
}

async function validStatus(page: Page): Promise<string> {
  return (await page.textContent('[data-testid=draft-status]'))!.trim();
}

describe('building a scenario in the Assumptions view', () => {
  it('takes the default model apart and builds it back through the page, to the same results bit for bit', async () => {
    const page = await open();
    const expected = await cardFigures(page);
    await showAnalyst(page);
    // Fewer trials while building (each edit starts a run); the model's trials are typed back at the end.
    await typeInto(page, 'simulation.trials', '2000');

    // Take it apart: every control, amplifier and cost component, all but one vector and one vendor.
    for (const id of Object.keys(model.controls)) await page.click(`[data-remove="controls.${id}"]`);
    for (const name of Object.keys(model.magnitude.amplifiers)) await page.click(`[data-remove="magnitude.amplifiers.${name}"]`);
    for (const name of Object.keys(model.magnitude.components)) await page.click(`[data-remove="magnitude.components.${name}"]`);
    const vectors = Object.keys(model.frequency.vectors);
    for (const name of vectors.slice(1)) await page.click(`[data-remove="frequency.vectors.${name}"]`);
    for (const vendor of model.vendors.slice(1)) await page.click(`article[data-vendor="${vendor.id}"] button.remove`);
    expect(await page.locator('article[data-control]').count()).toBe(0);
    expect(await page.locator('[data-amplifier]').count()).toBe(0);
    expect(await page.locator('[data-shares=components] [data-share]').count()).toBe(0);
    expect(await page.locator('[data-shares=vectors] [data-share]').count()).toBe(1);
    expect(await page.locator('article[data-vendor]').count()).toBe(1);
    expect(await page.isDisabled('[data-remove="frequency.vectors.credentials"]')).toBe(true);
    expect(await page.isDisabled('article[data-vendor=none] button.remove')).toBe(true);
    // One vector at 0.2: the engine's error shows next to the shares.
    expect(await page.textContent('[data-shares=vectors] [data-testid=field-error]')).toMatch(/vector shares must sum to 1/);
    await page.screenshot({ path: join(artifacts, 'builder-empty-1280.png'), fullPage: true });

    // Build it back: vectors, components, amplifiers, controls and vendors, in the model's order.
    for (const name of vectors.slice(1)) await addShare(page, 'frequency.vectors', 'vector', name, valueOf(model.frequency.vectors[name]));
    for (const name of Object.keys(model.magnitude.components)) {
      await addShare(page, 'magnitude.components', 'component', name, valueOf(model.magnitude.components[name]));
    }
    for (const [name, amplifier] of Object.entries(model.magnitude.amplifiers as Record<string, Json>)) {
      await page.click('[data-testid=add-amplifier]');
      await rename(page, 'magnitude.amplifiers.amplifier', name);
      const base = `magnitude.amplifiers.${name}`;
      await typeInto(page, `${base}.label`, amplifier.label);
      await typeInto(page, `${base}.probability`, String(valueOf(amplifier.probability)));
      await setDistribution(page, `${base}.amount`, amplifier.amount);
    }
    for (const [id, control] of Object.entries(model.controls as Record<string, Json>)) {
      await page.click('[data-testid=add-control]');
      await rename(page, 'controls.control', id);
      const base = `controls.${id}`;
      await typeInto(page, `${base}.label`, control.label);
      await page.selectOption(`[data-path="${base}.question"]`, control.question);
      for (const [e, effect] of (control.effects as Json[]).entries()) {
        if (e > 0) await page.click(`[data-testid=add-effect][data-control="${id}"]`);
        const kind = ['vectors', 'components', 'amplifiers'].find((k) => effect[k])!;
        const at = `${base}.effects[${e}]`;
        await page.selectOption(`[data-path="${at}.target"]`, kind);
        for (const name of effect[kind]) await page.check(`[data-path="${at}.${kind}.${name}"]`);
        await setDistribution(page, `${at}.reduction`, effect.reduction);
      }
    }
    for (const [v, vendor] of (model.vendors as Json[]).entries()) {
      if (v === 0) continue;
      await page.click('.vendors button.add');
      await typeInto(page, `vendors[${v}].id`, vendor.id);
      await typeInto(page, `vendors[${v}].name`, vendor.name);
      await typeInto(page, `vendors[${v}].annualPrice`, String(valueOf(vendor.annualPrice)));
      for (const [c, entry] of (vendor.controls as (string | Json)[]).entries()) {
        const id = typeof entry === 'string' ? entry : entry.id;
        await page.check(`[data-path="vendors[${v}].controls.${id}"]`);
        if (typeof entry !== 'string') await typeInto(page, `vendors[${v}].controls[${c}].coverage`, String(entry.coverage * 100));
      }
    }
    expect(await validStatus(page)).toBe('All assumptions valid');
    await page.locator('.card.controls').screenshot({ path: join(artifacts, 'builder-controls-1280.png') });
    await page.locator('.card.magnitude').screenshot({ path: join(artifacts, 'builder-magnitude-1280.png') });
    await page.locator('.card.frequency').screenshot({ path: join(artifacts, 'builder-frequency-1280.png') });

    const count = await runs(page);
    await typeInto(page, 'simulation.trials', String(model.simulation.trials));
    await waitForFinal(page, count + 1);
    await page.click('[data-testid=tab-executive]');
    await page.waitForSelector('[data-testid=vendor-card]');
    expect(await cardFigures(page)).toEqual(expected);
    expect(page.errors).toEqual([]);
    await page.close();
  }, 600_000);

  it('renames a vector in the effects that target it, and refuses a taken or empty name', async () => {
    const page = await open();
    const expected = await cardFigures(page);
    await showAnalyst(page);
    const count = await runs(page);
    await rename(page, 'frequency.vectors.credentials', 'stolenCredentials');
    await waitForFinal(page, count + 1);
    expect(await page.textContent('article[data-control=mfa] [data-testid=effect-targets]')).toBe('vectors: stolenCredentials, phishing');
    expect(await page.isChecked('[data-path="controls.mfa.effects[0].vectors.stolenCredentials"]')).toBe(true);
    const order = await page.$$eval('[data-shares=vectors] [data-share]', (es) => es.map((e) => e.getAttribute('data-share')));
    expect(order).toEqual(Object.keys(model.frequency.vectors).map((k) => (k === 'credentials' ? 'stolenCredentials' : k)));
    expect(await validStatus(page)).toBe('All assumptions valid');

    // A name taken, then an empty one: refused, shown next to the field, nothing changed.
    await rename(page, 'frequency.vectors.phishing', 'stolenCredentials');
    const row = page.locator('[data-share=phishing]');
    expect(await row.locator('[data-testid=field-error]').textContent()).toBe('"stolenCredentials" is already a name here');
    await rename(page, 'frequency.vectors.phishing', '');
    expect(await row.locator('[data-testid=field-error]').textContent()).toBe('a name cannot be empty');
    expect(await page.isChecked('[data-path="controls.mfa.effects[0].vectors.phishing"]')).toBe(true);
    await page.locator('.card.frequency').screenshot({ path: join(artifacts, 'builder-rename-refused-1280.png') });

    // A rename changes no figure, and is one undo step.
    await page.click('[data-testid=tab-executive]');
    await page.waitForSelector('[data-testid=vendor-card]');
    expect(await cardFigures(page)).toEqual(expected);
    await page.keyboard.press('Control+z');
    await showAnalyst(page);
    expect(await page.locator('[data-rename="frequency.vectors.credentials"]').count()).toBe(1);
    expect(await page.textContent('article[data-control=mfa] [data-testid=effect-targets]')).toBe('vectors: credentials, phishing');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('renames a control in every vendor that lists it', async () => {
    const page = await open();
    await showAnalyst(page);
    await rename(page, 'controls.mfa', 'twoFactor');
    expect(await page.locator('article[data-control=twoFactor]').count()).toBe(1);
    for (const [v, vendor] of (model.vendors as Json[]).entries()) {
      const lists = (vendor.controls as (string | Json)[]).some((c) => (typeof c === 'string' ? c : c.id) === 'mfa');
      expect(await page.isChecked(`[data-path="vendors[${v}].controls.twoFactor"]`)).toBe(lists);
    }
    expect(await page.inputValue('[data-path="vendors[3].controls[1].coverage"]')).toBe('60');
    expect(await page.locator('[data-path="vendors[3].controls.mfa"]').count()).toBe(0);
    expect(await validStatus(page)).toBe('All assumptions valid');
    await page.close();
  });

  it('takes back a removed control, listed again by its vendors with their coverage, as one undo step', async () => {
    const page = await open();
    const expected = await cardFigures(page);
    await showAnalyst(page);
    const count = await runs(page);
    await page.click('[data-remove="controls.mfa"]');
    await waitForFinal(page, count + 1);
    expect(await page.locator('article[data-control=mfa]').count()).toBe(0);
    expect(await page.locator('[data-path="vendors[3].controls.mfa"]').count()).toBe(0);
    await page.click('[data-testid=undo]');
    await waitForFinal(page, count + 2);
    expect(await page.locator('article[data-control=mfa]').count()).toBe(1);
    expect(await page.inputValue('[data-path="vendors[3].controls[1].coverage"]')).toBe('60');
    expect(Object.keys(model.controls)).toEqual(await page.$$eval('article[data-control]', (es) => es.map((e) => e.getAttribute('data-control'))));
    await page.click('[data-testid=tab-executive]');
    await page.waitForSelector('[data-testid=vendor-card]');
    expect(await cardFigures(page)).toEqual(expected);
    await page.close();
  });

  it('rescales the other shares so that the total is 1, keeping the one just edited', async () => {
    const page = await open();
    await showAnalyst(page);
    await typeInto(page, 'frequency.vectors.credentials', '0.3');
    const shares = page.locator('[data-shares=vectors]');
    expect(await shares.locator('[data-testid=field-error]').textContent()).toMatch(/vector shares must sum to 1 \(within 1e-9\); they sum to 1\.1/);
    await shares.screenshot({ path: join(artifacts, 'builder-shares-off-1280.png') });
    const count = await runs(page);
    await page.click('[data-testid=rescale-rest]');
    await waitForFinal(page, count + 1);
    expect(await page.inputValue('[data-path="frequency.vectors.credentials"]')).toBe('0.3');
    expect(Number(await page.getAttribute('[data-path="frequency.vectors.total"]', 'data-value'))).toBeCloseTo(1, 12);
    expect(await shares.locator('[data-testid=field-error]').count()).toBe(0);
    // The others keep their proportions: phishing to other as 0.17 to 0.12.
    const phishing = Number(await page.inputValue('[data-path="frequency.vectors.phishing"]'));
    const other = Number(await page.inputValue('[data-path="frequency.vectors.other"]'));
    expect(phishing / other).toBeCloseTo(0.17 / 0.12, 9);
    expect(await validStatus(page)).toBe('All assumptions valid');
    await page.close();
  });

  it('lays the editors out on a phone-width screen', async () => {
    const page = await open(390, 844);
    await showAnalyst(page);
    await page.click('[data-testid=add-control]');
    await page.selectOption('[data-path="controls.control.effects[0].target"]', 'amplifiers');
    await page.locator('article[data-control=control]').screenshot({ path: join(artifacts, 'builder-new-control-390.png') });
    await page.locator('[data-shares=vectors]').screenshot({ path: join(artifacts, 'builder-vectors-390.png') });
    await page.locator('[data-amplifier=cardData]').screenshot({ path: join(artifacts, 'builder-amplifier-390.png') });
    await page.locator('article[data-vendor=harbor]').screenshot({ path: join(artifacts, 'builder-vendor-390.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
