import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the browser tests do with the dashboard as a person would: open it, wait for a
 * run to finish, switch views, type into a field, and read the figures' raw values.
 */

/** How `openDashboard` opens the page. */
export interface OpenOptions {
  /**
   * Start from the default model: the browser's saved drafts and scenarios are cleared
   * when the page first loads (not on a reload). Default true; false opens the page as
   * a new tab in a browser with work in it.
   */
  fresh?: boolean;
  /** Wait for the first full result (default true; a restored invalid draft never runs). */
  wait?: boolean;
}

/** Opens the dashboard at `url` (plus `query`) and waits for its first full result; console errors are kept on `errors`. */
export async function openDashboard(
  context: BrowserContext, url: string, query = '', width = 1280, height = 900, { fresh = true, wait = true }: OpenOptions = {},
): Promise<Page & { errors: string[] }> {
  const page = (await context.newPage()) as Page & { errors: string[] };
  await page.setViewportSize({ width, height });
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  if (fresh) {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('test.started')) return;
      sessionStorage.setItem('test.started', '1');
      localStorage.clear();
    });
  }
  await page.goto(`${url}${query}`);
  if (wait) await waitForFinal(page);
  return page;
}

/** The page root's `data-*` attribute `name` (`draft-id`, `draft-origin`, `can-undo`, `phase`…). */
export async function appState(page: Page, name: string): Promise<string | null> {
  return page.getAttribute('[data-testid=app]', `data-${name}`);
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

/** Opens the Scenarios panel (if closed) and waits for it. */
export async function openScenarios(page: Page): Promise<void> {
  if ((await page.getAttribute('[data-testid=scenarios-toggle]', 'aria-expanded')) !== 'true') await page.click('[data-testid=scenarios-toggle]');
  await page.waitForSelector('[data-testid=scenarios-panel]');
}

/** Picks a file through the Scenarios panel's "Open file…", as a person would in the file dialog. */
export async function openFile(page: Page, file: { name: string; text: string }): Promise<void> {
  await openScenarios(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid=open-file]')]);
  await chooser.setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

/** Drops a file on the page, as dragged from the desktop. */
export async function dropFile(page: Page, file: { name: string; text: string }): Promise<void> {
  const transfer = await page.evaluateHandle(({ name, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    return data;
  }, file);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

/** Answers the page's confirm dialog: the button that goes ahead, or Cancel. */
export async function answerConfirm(page: Page, yes: boolean): Promise<void> {
  await page.waitForSelector('[data-testid=confirm-dialog][open]');
  await page.click(yes ? '[data-testid=confirm-ok]' : '[data-testid=confirm-cancel]');
  await page.waitForSelector('[data-testid=confirm-dialog]:not([open])', { state: 'attached' });
}
