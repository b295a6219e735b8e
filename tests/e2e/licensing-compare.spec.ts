import { axeViolations, expect, test } from './fixtures';
import type { Page } from '@playwright/test';
const shownStates = (page: Page) =>
  page.locator('.side-by-side thead th[data-code]:visible').allTextContents();

test('a shared comparison URL shows the same states side by side', async ({ page, context }) => {
  await page.goto('/licensing/compare/?s=tx,ny');
  await expect(page.locator('[data-compare-status]')).toHaveText('Comparing Texas, New York.');
  expect(await shownStates(page)).toEqual(['New York', 'Texas']);
  await page.getByLabel('Third state').selectOption({ label: 'Ohio' });
  await expect(page).toHaveURL(/\/licensing\/compare\/\?s=tx,ny,oh$/);
  const shared = page.url();

  const other = await context.newPage();
  await other.goto(shared);
  expect(await shownStates(other)).toEqual(['New York', 'Ohio', 'Texas']);
  const supervision = other.locator('tr[data-row="supervision"] td:visible');
  // Ohio: 150 hours (board LISW instructions); Texas: 100 (22 TAC §781.401)
  await expect(supervision).toHaveText(['100', '150', '100']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full table of every state still reads', async ({ page }) => {
    await page.goto('/licensing/compare/?s=tx,ny');
    await expect(page.locator('.side-by-side thead th[data-code]')).toHaveCount(51);
    await expect(page.locator('[data-compare-pick]')).toBeHidden();
  });
  test('/licensing/tx/ leads to the Texas page (meta refresh)', async ({ page }) => {
    await page.goto('/licensing/tx/');
    await expect(page).toHaveURL(/\/licensing\/texas\/$/);
    await expect(page.locator('h1')).toHaveText('Social work licensing in Texas');
  });
});

test('on a phone, the /licensing/ table reads as cards that can be sorted', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/licensing/');
  const sort = page.getByLabel('Sort by');
  await expect(sort).toBeVisible();
  await sort.selectOption({ label: 'Total supervised hours, highest first' });
  const first = page.locator('[data-compare] tbody tr').first();
  await expect(first.locator('td').nth(1)).toHaveText('4,000');
  // the caption spans the card column instead of a narrow strip
  const caption = await page.locator('[data-compare] caption').boundingBox();
  expect(caption!.width).toBeGreaterThan(300);
});

for (const path of ['/licensing/compare/', '/licensing/compare/?s=tx,ny,oh'])
  test(`${path} passes axe and fits 320 px without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 740 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
