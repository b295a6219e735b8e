import { axeViolations, expect, test } from './fixtures';
import type { Page } from '@playwright/test';
const fillOf = (code: string) => (page: Page) =>
  page
    .locator(`.us-map .state[data-code="${code}"] path`)
    .evaluate((p) => getComputedStyle(p).fill);

test('the map is colored by compact status, and by the measure the reader chooses', async ({
  page,
}) => {
  await page.goto('/licensing/');
  // Ohio has enacted the compact (SB 90); Texas has a bill pending (HB 3503)
  expect(await fillOf('OH')(page)).toContain('mp-3-solid');
  expect(await fillOf('TX')(page)).toContain('mp-2-lines');
  await expect(page.locator('[data-legend="compact"]')).toBeVisible();

  await page.getByLabel('Clinical supervised hours').check();
  await expect(page.locator('[data-legend="hours"]')).toBeVisible();
  await expect(page.locator('[data-legend="compact"]')).toBeHidden();
  // New York states three years, not hours (8 NYCRR §74.3)
  expect(await fillOf('NY')(page)).toContain('mp-2-dots');
  // the comparison table, which carries the map's data, says the same
  await page.getByRole('link', { name: 'table of all states' }).click();
  const ny = page.locator('[data-compare] tbody tr', { hasText: 'New York' });
  await expect(ny.locator('td[data-label="Total supervised hours"]')).toHaveText(
    '3 years full-time (no hour total)',
  );
});

test('without JavaScript the map shows compact status with its legend', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/licensing/');
  expect(await fillOf('OH')(page)).toContain('mp-3-solid');
  await expect(page.locator('[data-legend="compact"]')).toBeVisible();
  await expect(page.locator('[data-map-chooser]')).toBeHidden();
  await context.close();
});

test('on a phone the small northeastern states and DC are links at least 24 by 24 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/licensing/');
  const links = page.getByRole('navigation', { name: 'Small states and DC' }).getByRole('link');
  await expect(links).toHaveCount(9);
  for (const box of await links.evaluateAll((as) =>
    as.map((a) => a.getBoundingClientRect().toJSON()),
  )) {
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  await links.filter({ hasText: 'District of Columbia' }).click();
  await expect(page).toHaveURL(/\/licensing\/district-of-columbia\/$/);
});

test('/licensing/ passes axe with the map colored by pay', async ({ page }) => {
  await page.goto('/licensing/');
  await page.getByLabel(/pay of healthcare social workers/).check();
  expect(await axeViolations(page)).toEqual([]);
});
