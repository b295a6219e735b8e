/**
 * What every browser spec shares: the one list of WCAG tags axe checks, the `problems` fixture that watches a
 * page for console errors, uncaught exceptions and CSP violations, and the wait for a page to be ready.
 * Specs import `test` and `expect` from here instead of from @playwright/test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the tags every axe check in the suite runs. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Axe's WCAG 2.2 A/AA violations on the page as it is now, one line each: the rule and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What the `problems` fixture collected, and the check that it collected nothing. */
export interface Problems {
  /** Console errors and warnings, uncaught exceptions and CSP violations, in the order they happened. */
  readonly list: string[];
  /** Passes when nothing went wrong on the page so far (after the browser has delivered pending events). */
  expectNone(): Promise<void>;
}

/** The name of the function the init script calls for each CSP violation; exposed to every page. */
const REPORT = '__reportCspViolation';

export const test = base.extend<{ problems: Problems }>({
  problems: async ({ page }, use) => {
    const list: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') list.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => list.push(`uncaught: ${e.message}`));
    // Chrome does not log every CSP violation to the console; the page's own securitypolicyviolation event
    // sees them all. The init script runs before the page's scripts, whatever the page's CSP says.
    await page.exposeBinding(REPORT, (_source, text: string) => list.push(text));
    await page.addInitScript((report) => {
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
          const blocked = e.blockedURI || 'an inline script or style';
          (window as any)[report](
            `CSP violation: ${e.effectiveDirective} blocked ${blocked}${where}`,
          );
        },
        true,
      );
    }, REPORT);
    await use({
      list,
      async expectNone() {
        // A round trip to the page, so events it sent before this call have arrived.
        if (!page.isClosed()) await page.evaluate(() => 0).catch(() => undefined);
        expect(list, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
      },
    });
  },
});

export { expect };

/**
 * Wait until the page is ready to be checked: the load event (the page's module scripts have run), then every
 * Astro island hydrated (Astro removes an island's `ssr` attribute once it has hydrated; `client:visible` islands
 * are scrolled into view first, since they wait to be seen), then the job list drawn by its filter script.
 */
export async function ready(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  for (const island of await page.locator('astro-island').all()) {
    if ((await island.getAttribute('ssr')) === null) continue;
    // An island is display: contents; Astro's visible directive watches its children.
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    await expect(island, 'the island hydrates').not.toHaveAttribute('ssr', { timeout: 15_000 });
  }
  const filters = page.locator('form[data-job-filters]');
  if ((await filters.count()) > 0) await expect(filters).toBeVisible({ timeout: 15_000 });
}
