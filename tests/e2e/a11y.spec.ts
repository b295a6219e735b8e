import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './sitemap';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const paths = [...sitemapPaths(), '/404.html'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of paths) {
      test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
