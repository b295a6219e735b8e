import { expect, test } from './fixtures';

// Every page's fit at 375 px (and one of each type at 320 px) is checked by the whole-site sweep, sweep.spec.ts.

test('the main navigation is visible and usable on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Career guide' })).toBeVisible();
  await nav.getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/\/sources\/$/);
});
