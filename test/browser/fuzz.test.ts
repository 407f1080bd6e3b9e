import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, parseJson, validateScenario } from '../../src/engine/index.js';
import { decodeLink, encodeLink, type Json } from '../../src/links/index.js';
import { shippedBases } from '../helpers/bases.js';
import { readJson } from '../helpers/fixtures.js';
import { corruptedFragment, corruptedText } from '../fuzz/mutations.js';
import { dashboardSuite } from './dashboardSuite.js';
import { appState, openDashboard, openFile, runs, showAnalyst, typeInto, waitForFinal } from './dashboardPage.js';

/**
 * A sample of the fuzzer's corrupt files and links (`test/fuzz/`, the same generators and
 * seeds) in the browser: each one shows a message naming the problem, and the page keeps
 * the reader's work and keeps working (the next edit runs).
 */

const suite = dashboardSuite();
const model = readJson('models/retail-bpo-2021.json') as Json;

describe('a sample of corrupt files and links, in the page', () => {
  it('12 corrupt files: each is refused with its reason or opened as a draft naming its problems; the own work stays and runs', async () => {
    const texts = fc.sample(corruptedText(model), { seed: 1300, numRuns: 400 })
      .filter((text) => { const p = parseJson(text); return !p.ok || !validateScenario(p.value).ok; });
    const refused = texts.filter((t) => !parseJson(t).ok).slice(0, 6);
    const invalid = texts.filter((t) => parseJson(t).ok).slice(0, 6);
    expect([refused.length, invalid.length]).toEqual([6, 6]);

    const page = await openDashboard(suite.browsers[0].context, suite.url);
    await showAnalyst(page);
    let count = await runs(page);
    await typeInto(page, 'simulation.seed', 'my-own-work');
    await waitForFinal(page, count + 1);
    const id = await appState(page, 'draft-id');
    for (const [i, text] of refused.entries()) {
      await openFile(page, { name: `broken-${i}.json`, text });
      const message = await page.locator('[data-testid=file-error] p').textContent();
      expect(message).toMatch(new RegExp(`^broken-${i}\\.json (is not a JSON file|is empty): .+Nothing was changed\\.$`));
      expect(message).not.toMatch(/undefined|\[object|TypeError/);
      await page.click('[data-testid=file-error-dismiss]');
      expect(await appState(page, 'draft-id')).toBe(id);
      await page.click('[data-testid=scenarios-toggle]');
    }
    for (const [i, text] of invalid.entries()) {
      await openFile(page, { name: `invalid-${i}.json`, text });
      await page.waitForSelector('[data-testid=app][data-phase=invalid]', { state: 'attached' });
      await page.click('[data-testid=scenarios-toggle]');
      await showAnalyst(page);
      const status = await page.textContent('[data-testid=draft-status]');
      expect(status, text.slice(0, 80)).toMatch(/\d+ problems? to fix before the scenario can run/);
      // Back to the own work, which is as it was.
      await page.click('[data-testid=opened-back]');
      await page.waitForSelector('[data-testid=app][data-draft-origin=own]', { state: 'attached' });
      expect(await appState(page, 'seed')).toBe('my-own-work');
    }
    // And the page keeps working: the next edit runs.
    count = await runs(page);
    await showAnalyst(page);
    await typeInto(page, 'simulation.seed', 'still-working');
    await waitForFinal(page, count + 1);
    expect(await appState(page, 'seed')).toBe('still-working');
    expect(page.errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('8 corrupt links: each says what is wrong and keeps the reader\'s own scenario', async () => {
    const bases = shippedBases();
    const good = await encodeLink(model, { engine: ENGINE_VERSION, made: '2026-12-03T12:00:00.000Z' }, bases);
    const fragments: string[] = [];
    for (const fragment of fc.sample(corruptedFragment(good), { seed: 1301, numRuns: 200 })) {
      if (fragments.length < 8 && fragment.trim() !== '' && !(await decodeLink(fragment, bases)).ok) fragments.push(fragment);
    }
    expect(fragments).toHaveLength(8);
    const context = suite.browsers[0].context;
    const own = await openDashboard(context, suite.url);
    await showAnalyst(own);
    const count = await runs(own);
    await typeInto(own, 'simulation.seed', 'reader-work');
    await waitForFinal(own, count + 1);
    for (const fragment of fragments) {
      const page = await openDashboard(context, `${suite.url}#${encodeURI(fragment).replace(/#/g, '%23')}`, '', 1280, 900, { fresh: false });
      const problem = await page.textContent('[data-testid=link-problem]');
      expect(problem, fragment.slice(0, 60)).toMatch(/\w/);
      expect(problem).not.toMatch(/undefined|\[object|TypeError/);
      expect(await appState(page, 'seed')).toBe('reader-work');
      expect(page.errors).toEqual([]);
      await page.close();
    }
    await own.close();
  }, 180_000);
});
