import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { digestResults, runScenario } from '../../src/engine/index.js';
import { defaultModel, readJson, repositoryRoot } from '../helpers/fixtures.js';
import { dashboardSuite } from './dashboardSuite.js';
import { openDashboard, openFile, runs, showAnalyst, showExecutive, typeInto, waitForFinal } from './dashboardPage.js';

/**
 * The page's security model, tried in Chromium: the built page's Content-Security-Policy
 * (no eval, no inline script, nothing from elsewhere), no violation of it in a whole
 * session, no request to another origin ever and none at all once the first result is
 * painted, and a scenario's text kept inert on the page and in its exports.
 */

const suite = dashboardSuite();

/** The policy of the built page, read from `dist/index.html`. */
function builtPolicy(): string {
  const html = readFileSync(join(repositoryRoot, 'dist/index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'dist/index.html has a Content-Security-Policy meta tag').not.toBeNull();
  return meta![1].replace(/&#39;/g, "'");
}

/** Opens the dashboard recording every request and every policy violation from the first byte. */
async function openWatched(width = 1280): Promise<{ page: Page & { errors: string[] }; requests: { url: string; at: number }[]; violations: () => Promise<string[]> }> {
  const requests: { url: string; at: number }[] = [];
  const context = suite.browsers[0].context;
  const record = (request: Request) => requests.push({ url: request.url(), at: Date.now() });
  context.on('request', record);
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}${event.blockedURI === "eval" ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : ""}`));
  });
  const page = await openDashboard(context, suite.url, '', width, 900);
  return { page, requests, violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations) };
}

describe('the page under its Content-Security-Policy', () => {
  it('the built page carries a policy without eval, inline script or any other origin', () => {
    const policy = builtPolicy();
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    // Inline styles in attributes only (Svelte writes some); no inline <style> nor script.
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    const html = readFileSync(join(repositoryRoot, 'dist/index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('runs a whole session with no violation, no other origin, and no request once the first result is painted', async () => {
    const { page, requests, violations } = await openWatched();
    const painted = Date.now();
    const origin = new URL(suite.url).origin;
    // The default model's numbers are Node's to the last bit, by the interpreted kernel the page's workers run.
    expect(await page.getAttribute('[data-testid=app]', 'data-digest')).toBe(digestResults(runScenario(defaultModel())));

    // A session: an edit, every view, every export, the print report, a link copied.
    const count = await runs(page);
    await showAnalyst(page);
    await typeInto(page, 'vendors[1].annualPrice', '7300000');
    await waitForFinal(page, count + 1);
    await page.click('[data-testid=tab-decisions]');
    await page.waitForSelector('[data-testid=decisions-view], [data-testid=decisions-computing]', { state: 'attached' });
    await showExecutive(page);
    for (const testid of ['download-svg-exceedance', 'download-png-exceedance']) {
      await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
    }
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.click('[data-testid=copy-link]');
    await page.waitForSelector('[data-testid=link-copied]');

    expect(await violations()).toEqual([]);
    expect(page.errors).toEqual([]);
    const network = requests.filter((r) => !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
    expect(network.filter((r) => new URL(r.url).origin !== origin).map((r) => r.url)).toEqual([]);
    expect(network.filter((r) => r.at > painted).map((r) => r.url)).toEqual([]);
    await page.close();
  });

  it("keeps a scenario's text inert: markup in a vendor's name is shown as text, never run", async () => {
    const { page, violations } = await openWatched();
    const json = readJson('models/retail-bpo-2021.json');
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>" & \'';
    json.vendors[2].name = hostile;
    const count = await runs(page);
    await openFile(page, { name: 'hostile.json', text: JSON.stringify(json) });
    await waitForFinal(page, count + 1);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const names = await page.locator('[data-testid=vendor-card] h3').allTextContents();
    expect(names.some((n) => n.includes(hostile))).toBe(true);
    // The SVG export names the vendor as escaped text (&lt; &gt; &amp; &quot; &#39;), never as markup.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-svg-exceedance]')]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).not.toMatch(/<script|<img|onerror="/);
    const escaped = hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(text.replace(/&#39;|&apos;/g, "'")).toContain(escaped);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
