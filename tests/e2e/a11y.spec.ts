import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { NOT_IN_SITEMAP, ONE_OF_EACH, sitemapPaths } from './sitemap';
import { TEXT_PAGE_EXCEPTIONS } from '../budgets';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Load a page, collecting console errors and warnings (CSP violations land there), then run axe. */
async function audit(page: Page, path: string) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(path, { waitUntil: 'networkidle' });
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return {
    problems,
    violations: results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  };
}

test.describe('every page in the sitemap: WCAG 2.2 A/AA with axe, and no console errors or CSP violations', () => {
  for (const path of [...sitemapPaths(), ...NOT_IN_SITEMAP]) {
    test(path, async ({ page }) => {
      // the pages allowed over the size budget (tests/budgets.ts) take axe longer than the default minute
      if (path in TEXT_PAGE_EXCEPTIONS) test.slow();
      const { problems, violations } = await audit(page, path);
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('one page of each type in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ONE_OF_EACH) {
    test(`${path} (dark)`, async ({ page }) => {
      const { violations } = await audit(page, path);
      expect(violations).toEqual([]);
    });
  }
});
