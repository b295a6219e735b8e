import { axeViolations, expect, test } from './fixtures';

test.describe('choosing a state', () => {
  test('on the map with a mouse', async ({ page }) => {
    await page.goto('/licensing/');
    await page.locator('svg a[data-code="TX"]').click();
    await expect(page).toHaveURL(/\/licensing\/texas\/$/);
    await expect(page.locator('.glance')).toContainText('LCSW');
  });

  test('on the map with the keyboard, including a small jurisdiction', async ({ page }) => {
    await page.goto('/licensing/');
    const dc = page.getByRole('link', { name: 'District of Columbia: LICSW' });
    await dc.focus();
    await expect(dc).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/licensing\/district-of-columbia\/$/);
    await expect(page.locator('.glance')).toContainText('LICSW');
  });

  test('with the type-ahead picker', async ({ page }) => {
    await page.goto('/licensing/');
    const box = page.getByLabel('Type a state name or postal code');
    await box.fill('massa');
    await expect(page.locator('#state-list li:not([hidden])')).toHaveCount(1);
    await expect(page.locator('#state-filter-count')).toHaveText('1 of 51 shown');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/licensing\/massachusetts\/$/);
    await expect(page.locator('.glance')).toContainText('LICSW');
  });

  test('from the comparison table, after filtering it', async ({ page }) => {
    await page.goto('/licensing/');
    await page.getByLabel('Filter by state, license or exam').fill('new york');
    const visible = page.locator('[data-compare] table tbody tr:not([hidden])');
    await expect(visible).toHaveCount(1);
    await visible.getByRole('link', { name: 'New York', exact: true }).click();
    await expect(page).toHaveURL(/\/licensing\/new-york\/$/);
    await expect(page.locator('.glance')).toContainText('LCSW');
  });
});

test('the table sorts by total supervised hours, with unverified rows last, and says how it is sorted', async ({
  page,
}) => {
  await page.goto('/licensing/');
  await page.getByRole('button', { name: 'Total supervised hours' }).click();
  const header = page.locator('th[data-sort-key="supervised"]');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  // what a reader sees: hour figures rising, then the rows without an hour total
  const texts = await page
    .locator('[data-compare] table tbody tr td:nth-of-type(2)')
    .allTextContents();
  const numbers = texts
    .map((t) => t.trim())
    .filter((t) => /^[\d,]+$/.test(t))
    .map((t) => Number(t.replace(/,/g, '')));
  expect(numbers.length).toBeGreaterThan(30);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(texts.slice(0, numbers.length).every((t) => /^[\d,]+$/.test(t.trim()))).toBe(true);
  await page.getByRole('button', { name: 'Total supervised hours' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
});

test('the compact filter shows only states with that status, and counts them', async ({ page }) => {
  await page.goto('/licensing/');
  await page.getByLabel('Compact status').selectOption('enacted');
  const rows = page.locator('[data-compare] table tbody tr:not([hidden])');
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  await expect(page.locator('[data-compare-count]')).toHaveText(`${n} of 51 jurisdictions shown`);
  for (const status of await rows.locator('td:nth-of-type(8)').allTextContents())
    expect(status).toBe('Enacted');
});

test('axe finds nothing with the picker filtered and the table sorted', async ({ page }) => {
  await page.goto('/licensing/');
  await page.getByLabel('Type a state name or postal code').fill('new');
  await page.getByRole('button', { name: 'Clinical license' }).click();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the map and the A–Z list still take you to a state', async ({ page }) => {
    await page.goto('/licensing/');
    await expect(page.getByLabel('Type a state name or postal code')).toBeHidden();
    await page.locator('#state-list').getByRole('link', { name: 'Oregon' }).click();
    await expect(page).toHaveURL(/\/licensing\/oregon\/$/);
    await page.goto('/licensing/');
    await page.locator('svg a[data-code="CA"]').click();
    await expect(page).toHaveURL(/\/licensing\/california\/$/);
  });
});

test('on a phone the table reads as cards with labeled values', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/licensing/');
  const firstCell = page.locator('[data-compare] table tbody tr').first().locator('td').first();
  const label = await firstCell.evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toContain('Clinical license');
});

test.describe('without JavaScript, controls that need it stay hidden', () => {
  test.use({ javaScriptEnabled: false });
  test('the table filter and the sort controls are not shown', async ({ page }) => {
    await page.goto('/licensing/');
    await expect(page.getByLabel('Filter by state, license or exam')).toBeHidden();
    await expect(page.getByLabel('Compact status')).toBeHidden();
  });
});
