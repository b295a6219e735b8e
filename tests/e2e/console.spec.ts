import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

for (const path of [...sitemapPaths(), '/404.html']) {
  test(`${path} loads with no console errors or CSP violations`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(problems).toEqual([]);
  });
}
