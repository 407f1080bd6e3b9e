import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeLink, encodeLink, type Json } from '../../src/links/index.js';
import { ENGINE_VERSION } from '../../src/engine/index.js';
import { repositoryRoot, readJson } from '../helpers/fixtures.js';
import { shippedBases } from '../helpers/bases.js';
import { artifacts, dashboardSuite } from './dashboardSuite.js';
import { appState, cardFigures, openDashboard, runs, showAnalyst, showExecutive, typeInto, waitForFinal } from './dashboardPage.js';

// Two browsers with profiles of their own: what one has saved, the other has never seen.
const suite = dashboardSuite(2);
const sender = { get context() { return suite.browsers[0].context; } };
const reader = { get context() { return suite.browsers[1].context; } };
const server = { get url() { return suite.url; } };

beforeAll(async () => {
  await sender.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

/** The link in the address bar once it reproduces the page as it is (it follows edits after a short quiet spell). */
async function settledLink(page: Page): Promise<string> {
  await page.waitForFunction(() => location.hash.startsWith('#b1.') && document.querySelector('[data-testid=link-length]') !== null);
  let last = '';
  for (;;) {
    const now = await page.evaluate(() => location.href);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(700);
  }
}

/** A link to a scenario made by the test itself, as another sender's page would make it. */
async function linkTo(json: Json, digest?: string): Promise<string> {
  return `${server.url}#${await encodeLink(json, { engine: ENGINE_VERSION, made: '2026-12-02T16:00:00.000Z', digest }, shippedBases())}`;
}

describe('scenario links', () => {
  it('a link copied in one browser opens in a fresh one with identical figures, and says they are exactly the sender\'s', async () => {
    const page = await openDashboard(sender.context, server.url);
    await showAnalyst(page);
    const count = await runs(page);
    await typeInto(page, 'frequency.annualIncidence.value', '0.45');
    await typeInto(page, 'vendors[1].annualPrice', '7200000');
    await waitForFinal(page, count + 1);
    await showExecutive(page);
    const address = await settledLink(page);
    await page.click('[data-testid=copy-link]');
    await page.waitForSelector('[data-testid=link-copied]');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(address);
    const length = Number(await page.getAttribute('[data-testid=link-length]', 'data-value'));
    expect(length).toBe(copied.length - copied.indexOf('#'));
    expect(length).toBeLessThanOrEqual(2_000);
    const figures = await cardFigures(page);

    const opened = await openDashboard(reader.context, copied);
    expect(await cardFigures(opened)).toEqual(figures);
    await opened.waitForSelector('[data-testid=link-check][data-status=exact]');
    expect(await opened.textContent('[data-testid=link-check]')).toBe('These are exactly the sender’s figures.');
    expect(await opened.textContent('[data-testid=opened-label]')).toBe('Retail e-commerce customer service: BPO shortlist');
    expect(await opened.textContent('[data-testid=link-details]')).toMatch(/Linked \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);
    expect(await opened.textContent('[data-testid=link-details]')).toContain(`by engine ${ENGINE_VERSION}`);
    await opened.click('[data-testid=link-details] summary');
    const differences = await opened.locator('[data-testid=link-differences] li').allTextContents();
    expect(differences).toEqual(['frequency.annualIncidence.value: 0.39 → 0.45', 'vendors[1].annualPrice.value: 7400000 → 7200000']);
    await opened.screenshot({ path: join(artifacts, 'link-opened-laptop.png') });
    expect(opened.errors).toEqual([]);
    await page.close();
    await opened.close();
  });

  it('copied straight after an edit, the link is of the edit, says it carries no check, and once the run ends it does', async () => {
    const page = await openDashboard(sender.context, server.url);
    await showAnalyst(page);
    const count = await runs(page);
    await typeInto(page, 'vendors[2].annualPrice', '6900000');
    // No wait for the pause after typing nor for the run: the copy is of the state on screen.
    await page.click('[data-testid=copy-link]');
    await page.waitForSelector('[data-testid=link-copied]');
    const early = await page.evaluate(() => navigator.clipboard.readText());
    const decoded = await decodeLink(early.slice(early.indexOf('#') + 1), shippedBases());
    expect(decoded.ok && (decoded.scenario as any).vendors[2].annualPrice).toMatchObject({ value: 6_900_000 });
    expect(decoded.ok && decoded.facts.digest).toBeUndefined();
    expect(await page.getAttribute('[data-testid=link-copied]', 'data-checked')).toBe('false');
    expect(await page.textContent('[data-testid=link-copied]')).toMatch(/carries no check of the figures/);
    await waitForFinal(page, count + 1);
    await settledLink(page);
    await page.click('[data-testid=copy-link]');
    await page.waitForSelector('[data-testid=link-copied][data-checked=true]');
    const late = await page.evaluate(() => navigator.clipboard.readText());
    const decodedLate = await decodeLink(late.slice(late.indexOf('#') + 1), shippedBases());
    expect(decodedLate.ok && decodedLate.facts.digest).toMatch(/^[0-9a-f]{16}$/);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('says "not checked" for a link without a digest, and that figures differ when they do', async () => {
    const json = readJson('models/retail-bpo-2021.json');
    json.simulation.trials = 20_000;
    const unchecked = await openDashboard(reader.context, await linkTo(json));
    await unchecked.waitForSelector('[data-testid=link-check][data-status=unchecked]');
    expect(await unchecked.textContent('[data-testid=link-check]')).toMatch(/^Not checked/);
    const wrong = await openDashboard(reader.context, await linkTo(json, '0123456789abcdef'));
    await wrong.waitForSelector('[data-testid=link-check][data-status=differs]');
    expect(await wrong.textContent('[data-testid=link-check]')).toMatch(/differ from the sender’s/);
    await unchecked.close();
    await wrong.close();
  });

  it('a damaged, foreign or oversized link says what is wrong and keeps the reader\'s own scenario', async () => {
    const tab = await openDashboard(reader.context, server.url);
    await showAnalyst(tab);
    const count = await runs(tab);
    await typeInto(tab, 'simulation.seed', 'my-own-work');
    await waitForFinal(tab, count + 1);
    const good = await linkTo(readJson('models/retail-bpo-2021.json'));
    const hash = good.indexOf('#');
    const changed = good.slice(0, hash + 20) + (good[hash + 20] === 'A' ? 'B' : 'A') + good.slice(hash + 21);
    for (const [link, message] of [
      [good.slice(0, -10), /damaged/],
      [changed, /damaged/],
      [`${server.url}#b7.00000000.abc`, /newer version of this app/],
      [`${server.url}#b1.${'a'.repeat(50_000)}`, /too long to open/],
    ] as [string, RegExp][]) {
      const page = await openDashboard(reader.context, link, '', 1280, 900, { fresh: false });
      expect(await page.textContent('[data-testid=link-problem]'), link.slice(0, 60)).toMatch(message);
      expect(await appState(page, 'seed')).toBe('my-own-work');
      await page.close();
    }
    await tab.close();
  });

  it('draws a vendor name with markup as text, and opens an invalid scenario as a draft showing its errors, never run', async () => {
    const json = readJson('models/retail-bpo-2021.json');
    json.simulation.trials = 20_000;
    json.vendors[1].name = '<img src=x onerror="window.injected=1">Northwind';
    const page = await openDashboard(reader.context, await linkTo(json));
    expect(await page.locator('[data-testid=vendor-card][data-vendor=northwind] h3').textContent()).toBe('<img src=x onerror="window.injected=1">Northwind');
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    await page.close();

    json.vendors[2].annualPrice = -5;
    const invalid = await openDashboard(reader.context, await linkTo(json), '', 1280, 900, { wait: false });
    await invalid.waitForSelector('[data-testid=app][data-phase=invalid]', { state: 'attached' });
    expect(await appState(invalid, 'runs')).toBe('0');
    await showAnalyst(invalid);
    expect(await invalid.textContent('[data-testid=draft-status]')).toMatch(/1 problem to fix/);
    await invalid.close();
  });

  it('a link opened in a second tab leaves the first tab\'s work alone, one click away', async () => {
    const first = await openDashboard(sender.context, server.url);
    await showAnalyst(first);
    const count = await runs(first);
    await typeInto(first, 'simulation.seed', 'first-tab');
    await waitForFinal(first, count + 1);
    await first.waitForTimeout(800);
    const json = readJson('models/retail-bpo-2021.json');
    json.simulation.trials = 20_000;
    json.simulation.seed = 'from-the-link';
    const second = await openDashboard(sender.context, await linkTo(json), '', 1280, 900, { fresh: false });
    expect(await appState(second, 'seed')).toBe('from-the-link');
    await first.reload();
    await waitForFinal(first);
    expect(await appState(first, 'seed')).toBe('first-tab');
    await second.click('[data-testid=opened-back]');
    await waitForFinal(second, 2);
    expect(await appState(second, 'seed')).not.toBe('from-the-link');
    await first.close();
    await second.close();
  });

  it('the CLI runs a page\'s link to the figures the page shows, and the page opens a CLI link to the same figures', async () => {
    const page = await openDashboard(sender.context, server.url);
    await showAnalyst(page);
    const count = await runs(page);
    await typeInto(page, 'simulation.trials', '30000');
    await waitForFinal(page, count + 1);
    await showExecutive(page);
    const link = await settledLink(page);
    const figures = await cardFigures(page);
    const run = spawnSync(process.execPath, [join(repositoryRoot, 'build/cli/main.js'), '--link', link, '--format', 'json'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout);
    for (const v of results.vendors) expect(figures[v.id]['risk-adjusted-cost'], v.id).toBe(v.riskAdjustedCost);
    await page.close();

    const made = spawnSync(process.execPath, [join(repositoryRoot, 'build/cli/main.js'), '--trials', '30000', '--make-link', '--base-url', server.url], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const opened = await openDashboard(reader.context, made.stdout.trim());
    await opened.waitForSelector('[data-testid=link-check][data-status=exact]');
    expect(await cardFigures(opened)).toEqual(figures);
    await opened.close();
  });

  it('fast typing never breaks the page, and the address settles on a link to what was typed last', async () => {
    const page = await openDashboard(sender.context, server.url);
    await showAnalyst(page);
    const field = page.locator('[data-path="simulation.seed"]');
    await field.click({ clickCount: 3 });
    await page.keyboard.type('a-seed-typed-fast-one-key-at-a-time', { delay: 5 });
    await field.press('Tab');
    await page.waitForFunction(() => document.querySelector('[data-testid=app]')?.getAttribute('data-seed') === 'a-seed-typed-fast-one-key-at-a-time', null, { timeout: 60_000 });
    const link = await settledLink(page);
    expect(page.errors).toEqual([]);
    const opened = await openDashboard(reader.context, link);
    expect(await appState(opened, 'seed')).toBe('a-seed-typed-fast-one-key-at-a-time');
    await page.close();
    await opened.close();
  });
});

