import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the browser tests do with the dashboard as a person would: open it, wait for a
 * run to finish, switch views, type into a field, and read the figures' raw values.
 */

/** Opens the dashboard at `url` (plus `query`) and waits for its first full result; console errors are kept on `errors`. */
export async function openDashboard(context: BrowserContext, url: string, query = '', width = 1280, height = 900): Promise<Page & { errors: string[] }> {
  const page = (await context.newPage()) as Page & { errors: string[] };
  await page.setViewportSize({ width, height });
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  await page.goto(`${url}${query}`);
  await waitForFinal(page);
  return page;
}

/** Waits until the latest run (at least the `atLeast`-th since the page opened) has painted its full results. */
export async function waitForFinal(page: Page, atLeast = 1): Promise<void> {
  await page.waitForFunction((n) => {
    const app = document.querySelector('[data-testid=app]');
    return app?.getAttribute('data-final') === 'true' && app.getAttribute('data-phase') === 'done' && Number(app.getAttribute('data-runs')) >= n;
  }, atLeast, { timeout: 60_000 });
}

/** Runs started since the page opened. */
export async function runs(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid=app]', 'data-runs'));
}

/** Every vendor card's figures: vendor id -> metric -> raw value. */
export async function cardFigures(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.$$eval('[data-testid=vendor-card] [data-metric]', (elements) => {
    const out: Record<string, Record<string, number>> = {};
    for (const e of elements) {
      const vendor = e.getAttribute('data-vendor')!;
      (out[vendor] ??= {})[e.getAttribute('data-metric')!] = Number(e.getAttribute('data-value'));
    }
    return out;
  });
}

export async function showAnalyst(page: Page): Promise<void> {
  await page.click('[data-testid=tab-analyst]');
  await page.waitForSelector('[data-path="frequency.annualIncidence.value"]');
}

export async function showExecutive(page: Page): Promise<void> {
  await page.click('[data-testid=tab-executive]');
  await page.waitForSelector('[data-testid=vendor-card]');
}

/** Types into a field as a person would: select all, type, leave the field. */
export async function typeInto(page: Page, path: string, text: string): Promise<void> {
  const field = page.locator(`[data-path="${path}"]`);
  await field.click({ clickCount: 3 });
  await field.fill(text);
  await field.press('Tab');
}
