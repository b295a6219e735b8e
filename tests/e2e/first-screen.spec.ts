import { expect, test } from '@playwright/test';

/** What a phone visitor sees on the first screen (375 × 740). */
test.use({ viewport: { width: 375, height: 740 } });

test('the header takes at most 110 px of a phone screen, with the brand, search and every section in sight', async ({
  page,
}) => {
  for (const path of ['/', '/career/', '/jobs/', '/licensing/texas/']) {
    await page.goto(path);
    const box = (await page.locator('header.site-header').boundingBox())!;
    expect(box.height, path).toBeLessThanOrEqual(110);
    await expect(page.getByRole('search').getByLabel('Search the site')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveCount(6);
    // every section in sight, none cut off at or hidden past the screen's edge
    for (const link of await nav.getByRole('link').all()) {
      const b = (await link.boundingBox())!;
      const name = await link.textContent();
      expect(b.x, `${path}: ${name}`).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, `${path}: ${name}`).toBeLessThanOrEqual(375);
      expect(b.height, `${path}: ${name} is at least 24 px tall`).toBeGreaterThanOrEqual(24);
    }
  }
});

test('/jobs/ on a phone: the filters are one line that names the active ones, and a posting is on the first screen', async ({
  page,
}) => {
  await page.goto('/jobs/');
  const summary = page.locator('[data-filter-summary]');
  await expect(summary).toHaveText('Filter (none on)');
  await expect(page.locator('select[name="state"]')).toBeHidden();
  // The server-rendered list shows until the filters are first used (the index loads then).
  const first = page.locator('[data-job-static] li:visible, [data-job-results] li:visible').first();
  await expect(first).toBeVisible();
  expect((await first.boundingBox())!.y).toBeLessThan(740);

  await summary.click();
  await page.locator('select[name="state"]').selectOption('TX');
  await expect(summary).toHaveText(/^Filter \(1 on: Texas\)$/);
  await page.getByRole('button', { name: 'Show matching jobs' }).click();
  await expect(page.locator('select[name="state"]')).toBeHidden();
  await expect(page).toHaveURL(/state=TX/);

  await page.goto('/jobs/?state=TX&setting=health-plan');
  await expect(summary).toHaveText('Filter (2 on: Texas, Health plan or insurer)');
});

test('/jobs/ on a wide screen shows the filters open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/jobs/');
  await expect(page.locator('select[name="state"]')).toBeVisible();
});
