import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

for (const width of [375, 320]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 740 } });
    for (const path of sitemapPaths()) {
      test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  });
}

test('the main navigation is visible and usable on a phone', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Career guide' })).toBeVisible();
  await nav.getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/\/sources\/$/);
});
