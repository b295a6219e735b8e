import { axeViolations, expect, test } from './fixtures';

test('a student goes from the home page to their state’s path in a few clicks', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Career guide' })
    .click();
  await page.getByRole('link', { name: 'How to become one' }).first().click();
  await page.getByRole('link', { name: 'path planner' }).click();
  await expect(page).toHaveURL(/\/career\/path\/$/);
  // choosing a state opens its page for the first start; choosing the start opens that page
  await page.getByLabel('Your state', { exact: true }).selectOption({ label: 'Texas' });
  await expect(page).toHaveURL(/\/career\/path\/texas\/none\/$/);
  await page
    .getByLabel('Where you start')
    .selectOption({ label: "A bachelor's in social work (BSW)" });
  await expect(page).toHaveURL(/\/career\/path\/texas\/bsw\/$/);
  await expect(page.locator('#path [data-total]')).toHaveText(
    /^About 3 to 4 years from today to the LCSW in Texas, at the earliest 3 years\.$/,
  );
  await expect(
    page.getByRole('heading', { level: 3, name: 'Get licensed as an LMSW in Texas' }),
  ).toBeVisible();
});

test('choosing a goal opens its section on the same page', async ({ page }) => {
  await page.goto('/career/path/ohio/msw/');
  await page
    .getByLabel('Your goal (optional)')
    .selectOption({ label: 'The Certified Case Manager (CCM) certification' });
  await expect(page).toHaveURL(/\/career\/path\/ohio\/msw\/#goal-ccm$/);
  await expect(page.locator('#goal-ccm [data-total]')).toContainText('CCM certification in Ohio');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the state list and start links reach every path', async ({ page }) => {
    await page.goto('/career/path/');
    await page.getByRole('link', { name: 'New York', exact: true }).click();
    await expect(page).toHaveURL(/\/career\/path\/new-york\/$/);
    await page.getByRole('link', { name: 'Starting with an MSW', exact: true }).click();
    await expect(page.locator('#path [data-total]')).toContainText('to the LCSW in New York');
  });
});

for (const path of [
  '/career/path/',
  '/career/path/texas/',
  '/career/path/texas/msw/',
  '/career/path/new-york/rn/',
])
  test(`${path} passes axe (WCAG 2.2 A/AA) and fits 320 px without sideways scrolling`, async ({
    page,
  }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 740 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
