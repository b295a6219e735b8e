import { expect, test } from './fixtures';

test('a student goes from the home page to the duties and back through the breadcrumb', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Clinical case manager');
  await page.getByRole('link', { name: 'Explore the career' }).click();
  await expect(page).toHaveURL(/\/career\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What a clinical case manager does',
  );
  await page
    .getByRole('navigation', { name: 'Career guide' })
    .getByRole('link', { name: 'Duties' })
    .click();
  await expect(page).toHaveURL(/\/career\/duties\/$/);
  await expect(page.getByRole('heading', { name: 'Assess needs' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Career guide' })
    .click();
  await expect(page).toHaveURL(/\/career\/$/);
});

test('the "Your state" entry point leads to licensing by state', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Your state' }).click();
  await expect(page).toHaveURL(/\/licensing\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Social work licensing by state',
  );
});

test('an employer reaches the job description template from the header', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Job description' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Clinical case manager job description template',
  );
  await expect(page.getByRole('heading', { name: 'Duties and responsibilities' })).toBeVisible();
});

test('a figure’s source link opens its entry on the sources page', async ({ page }) => {
  await page.goto('/');
  await page
    .locator('.figures')
    .getByRole('link', { name: /BLS Employment Projections/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/#bls-ep-2024-34$/);
  await expect(page.locator('#bls-ep-2024-34')).toContainText('2024–34');
});

test('keyboard: the first Tab shows the skip link, and it moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/career/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: 'Career guide' })).toBeVisible();
});

test('printing keeps the content and drops the navigation', async ({ page }) => {
  await page.goto('/career/how-to-become/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
