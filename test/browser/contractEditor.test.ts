import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { digestResults, parseScenario, runScenario } from '../../src/engine/index.js';
import { readJson } from '../helpers/fixtures.js';
import { appState, openDashboard, runs, showAnalyst, typeInto, waitForFinal } from './dashboardPage.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';

/**
 * The contract's terms in the Assumptions view: a 3-year contract, a cyber insurance and a
 * vendor's indemnity typed as a person would, run by the page to exactly the figures the
 * engine gives the same scenario in Node; an impossible share shown at its field with
 * nothing lost; the tolerance as a curve, which starts no run.
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
async function draftWhere(page: Page, test: (json: Json) => boolean, what: string): Promise<Json> {
  const until = Date.now() + 10_000;
  for (;;) {
    const json = await savedDraft(page);
    if (json && test(json)) return json;
    if (Date.now() > until) throw new Error(`the saved draft never had ${what}`);
    await page.waitForTimeout(50);
  }
}

const TRIALS = 20_000;
const northwind = 1;
const share = `vendors[${northwind}].indemnity.share`;

/** The same scenario, built here from the default model: what the page must run. */
function expectedScenario(): Json {
  const json = readJson('models/retail-bpo-2021.json');
  json.simulation.trials = TRIALS;
  json.contract = { years: 3 };
  json.insurance = { retention: 1_000_000, limit: 10_000_000, per: 'event', premium: 250_000 };
  json.vendors[northwind].indemnity = { share: 0.5, capPerYear: 3_000_000 };
  return json;
}

/** Types the contract, the insurance and northwind's indemnity into the Assumptions view. */
async function typeTerms(page: Page): Promise<void> {
  await typeInto(page, 'simulation.trials', String(TRIALS));
  await page.click('[data-testid=add-contract]');
  await typeInto(page, 'contract.years', '3');
  await page.click('[data-testid=add-insurance]');
  // The new policy has no premium yet: its field has the focus and shows what is missing.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('insurance.premium');
  await page.keyboard.type('250000');
  await page.keyboard.press('Tab');
  await typeInto(page, share, '50');
  await typeInto(page, `vendors[${northwind}].indemnity.capPerYear`, '3000000');
}

describe('the contract in the Assumptions view', () => {
  it('edits a 3-year contract, an insurance and an indemnity, and the page runs exactly that contract', async () => {
    const page = await open(1280, 900);
    await showAnalyst(page);
    expect(await page.getAttribute('[data-testid=contract-card] h2', 'id')).toBe('analyst-contract');
    await typeTerms(page);
    const saved = await draftWhere(page, (j) => j.vendors[northwind].indemnity?.capPerYear === 3_000_000, 'the indemnity cap');
    expect(saved.contract).toEqual({ years: 3 });
    expect(saved.insurance).toEqual({ retention: 1_000_000, limit: 10_000_000, per: 'event', premium: 250_000 });
    expect(saved.vendors[northwind].indemnity).toEqual({ share: 0.5, capPerYear: 3_000_000 });
    expect(await page.locator('[data-field="contract.costTrend"] [data-testid=field-default]').textContent()).toBe('blank: 2%');
    expect(await page.textContent('[data-testid=draft-status]')).toMatch(/All assumptions valid/);

    // The final run of the draft as it is now: the figures of the same scenario run by the engine in Node.
    await page.waitForFunction(() => document.querySelector('[data-testid=app]')?.getAttribute('data-digest'), undefined, { timeout: 60_000 });
    await waitForFinal(page);
    const expected = runScenario(parseScenario(JSON.stringify(expectedScenario())));
    expect(Number(await appState(page, 'trials'))).toBe(TRIALS);
    expect(await appState(page, 'digest')).toBe(digestResults(expected));
    // ... which has a contract: three years, the indemnity paid by northwind alone, the insurance paying for all.
    const contract = expected.contract!;
    expect(contract.years).toBe(3);
    expect(contract.vendors[northwind].total.indemnity).toBeGreaterThan(0);
    expect(contract.vendors[2].total.indemnity).toBe(0);
    expect(contract.vendors.every((v) => v.total.insurance > 0)).toBe(true);
    // The premium, the same for all: 3 years of 250,000, no increase.
    expect(contract.vendors[northwind].total.premium).toBeCloseTo(750_000, 6);

    await page.locator('[data-testid=contract-card]').screenshot({ path: join(artifacts, 'analyst-contract-1280.png') });
    await page.screenshot({ path: join(artifacts, 'analyst-contract-page-1280.png'), fullPage: true });
    await page.locator(`article[data-vendor=northwind]`).screenshot({ path: join(artifacts, 'analyst-vendor-terms-1280.png') });

    // An impossible share: the error next to its field, naming it; nothing typed is lost, and no run starts.
    const runsBefore = await runs(page);
    await typeInto(page, share, '150');
    const shareField = page.locator(`[data-field="${share}"]`);
    await shareField.locator('[data-testid=field-error]').waitFor();
    expect(await shareField.locator('[data-testid=field-error]').textContent()).toBe('must be at most 100%; got 150%');
    expect(await page.getAttribute(`[data-path="${share}"]`, 'aria-invalid')).toBe('true');
    expect(await page.textContent('[data-testid=draft-status]')).toMatch(/1 problem to fix/);
    await page.click('[data-testid=draft-status] summary');
    expect(await page.textContent('[data-testid=draft-status] ul')).toContain(share);
    const kept = await draftWhere(page, (j) => j.vendors[northwind].indemnity?.share === 1.5, 'the share of 150%');
    expect(kept.vendors[northwind].indemnity).toEqual({ share: 1.5, capPerYear: 3_000_000 });
    expect(kept.contract).toEqual({ years: 3 });
    expect(kept.insurance.premium).toBe(250_000);
    expect(await page.inputValue(`[data-path="${share}"]`)).toBe('150');
    await page.locator(`article[data-vendor=northwind] [data-testid=vendor-terms]`).screenshot({ path: join(artifacts, 'analyst-vendor-terms-error-1280.png') });
    expect(await runs(page)).toBe(runsBefore);
    await typeInto(page, share, '50');
    expect(await shareField.locator('[data-testid=field-error]').count()).toBe(0);
    await waitForFinal(page, runsBefore + 1);
    expect(await appState(page, 'digest')).toBe(digestResults(expected));

    // The tolerance as a curve, per contract: three points; editing it starts no run.
    const runsNow = await runs(page);
    if ((await page.locator('[data-testid=add-tolerance]').count()) > 0) await page.click('[data-testid=add-tolerance]');
    await page.check('[data-testid=tolerance-form-curve]');
    await page.check('[data-testid=tolerance-per-contract]');
    await page.click('[data-testid=add-tolerance-point]');
    expect(await page.locator('[data-testid=tolerance-point]').count()).toBe(3);
    await typeInto(page, 'tolerance.points[1].probability', '1');
    const curve = await draftWhere(page, (j) => j.tolerance?.points?.[1]?.probability === 0.01, 'the curve');
    expect(curve.tolerance.per).toBe('contract');
    expect(curve.tolerance.points).toHaveLength(3);
    await page.waitForTimeout(300);
    expect(await runs(page)).toBe(runsNow);
    // A point out of order is named at its field (the scenario cannot run until it is fixed).
    await typeInto(page, 'tolerance.points[2].loss', '1');
    expect(await page.locator('[data-field="tolerance.points[2].loss"] [data-testid=field-error]').textContent()).toMatch(/must be more than points\[1\]\.loss/);
    await page.locator('.card.tolerance').screenshot({ path: join(artifacts, 'analyst-tolerance-curve-error-1280.png') });
    await page.click('[data-testid=remove-tolerance-point] >> nth=2');
    await page.waitForTimeout(300);
    await waitForFinal(page);
    const runsValid = await runs(page);
    expect(await page.locator('[data-testid=tolerance-point]').count()).toBe(2);
    expect(await page.isDisabled('[data-testid=remove-tolerance-point] >> nth=0')).toBe(true);
    await page.locator('.card.tolerance').screenshot({ path: join(artifacts, 'analyst-tolerance-curve-1280.png') });
    // One point keeps the first; the curve comes back as it was.
    await page.check('[data-testid=tolerance-form-point]');
    const point = await draftWhere(page, (j) => j.tolerance?.points === undefined, 'one point');
    expect(point.tolerance.loss).toBe(curve.tolerance.points[0].loss);
    await page.check('[data-testid=tolerance-form-curve]');
    const back = await draftWhere(page, (j) => Array.isArray(j.tolerance?.points), 'the curve again');
    expect(back.tolerance.points).toEqual(curve.tolerance.points.slice(0, 2));
    await page.waitForTimeout(300);
    expect(await runs(page)).toBe(runsValid);

    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('lays the contract and insurance out on a phone-width screen', async () => {
    const page = await open(390, 844);
    await showAnalyst(page);
    await typeTerms(page);
    await draftWhere(page, (j) => j.vendors[northwind].indemnity?.capPerYear === 3_000_000, 'the indemnity cap');
    await page.locator('[data-testid=contract-card]').screenshot({ path: join(artifacts, 'analyst-contract-390.png') });
    await page.locator('article[data-vendor=northwind] [data-testid=vendor-terms]').screenshot({ path: join(artifacts, 'analyst-vendor-terms-390.png') });
    if ((await page.locator('[data-testid=add-tolerance]').count()) > 0) await page.click('[data-testid=add-tolerance]');
    await page.check('[data-testid=tolerance-form-curve]');
    await page.locator('.card.tolerance').screenshot({ path: join(artifacts, 'analyst-tolerance-curve-390.png') });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await waitForFinal(page);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
