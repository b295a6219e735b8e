import { expect, test } from '@playwright/test';
import { ONE_OF_EACH, sitemapPaths } from './sitemap';

const fits = (width: number, paths: string[]) =>
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 740 } });
    for (const path of paths) {
      test(`${path} fits the screen without sideways scrolling`, async ({ page }) => {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  });

fits(375, sitemapPaths());
fits(320, ONE_OF_EACH);

test('the main navigation is visible and usable on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Career guide' })).toBeVisible();
  await nav.getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/\/sources\/$/);
});
