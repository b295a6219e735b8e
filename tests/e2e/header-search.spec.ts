import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** A text page: its only script is the header's search opener. */
const TEXT_PAGE = '/career/skills/';

/** Every same-origin request path, from the start. */
function watchRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

const box = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

/**
 * Resolves when the popup lists the results of the whole query. Typing runs a search for each partial query
 * too (Pagefind answers "cert" before "certification"); the last option ("Jobs matching …") names the query its
 * list belongs to.
 * The first query loads the popup, Pagefind and its WebAssembly: allow for a slow machine.
 */
const resultsFor = (page: Page, query: string) =>
  expect(listbox(page).getByRole('option').last()).toHaveText(`Jobs matching “${query}”`, {
    timeout: 20_000,
  });

/** Open a text page, press "/" and type a query; resolves when that query's results are listed. */
async function typeQuery(page: Page, query: string) {
  await page.goto(TEXT_PAGE);
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type(query);
  await resultsFor(page, query);
}

test('a text page fetches no search code until the box is used; "/" focuses it and results appear as you type', async ({
  page,
  problems,
}) => {
  const requests = watchRequests(page);
  await page.goto(TEXT_PAGE);
  // Loaded, and the browser has been idle since: anything the page fetches unasked would have been asked for.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  expect(requests.filter((p) => p.endsWith('.js'))).toHaveLength(1);

  const input = page.getByRole('search').getByLabel('Search the site');
  await expect(input).toHaveAttribute('aria-keyshortcuts', '/');
  // A collapsed combobox from the start; the listbox it controls arrives with the popup.
  await expect(input).toHaveAttribute('role', 'combobox');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('');
  await expect(input).toHaveAttribute('role', 'combobox');
  await expect(input).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.type('Texas');
  const options = listbox(page).getByRole('option');
  await resultsFor(page, 'Texas');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  // Each option names the page, its type and state, and shows a snippet; the last two lead to all results
  // and to the job board filtered by the query (postings are not in the site search).
  await expect(options.filter({ hasText: 'Social work licensing in Texas' })).toContainText(
    'Licensing · Texas',
  );
  await expect(options.nth(-2)).toHaveText('See all results for “Texas”');
  await expect(options.last()).toHaveText('Jobs matching “Texas”');
  await expect(page.getByRole('status').filter({ hasText: /results?/ })).toHaveText(
    /^\d+ results?(, top \d shown)?$/,
  );
  expect(requests.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);

  // The first option is the search's best match; Down makes it active (focus stays in the box), Enter opens it.
  await input.fill('CCM');
  await resultsFor(page, 'CCM');
  await expect(options.first()).toContainText('Certifications');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute(
    'aria-activedescendant',
    (await options.first().getAttribute('id'))!,
  );
  await expect(input).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/career\/certifications\/$/);
  await problems.expectNone();
});

test('arrow keys move through the options and wrap; Escape closes and keeps focus in the box, a second Escape empties it', async ({
  page,
}) => {
  await typeQuery(page, 'certification');
  const options = listbox(page).getByRole('option');
  const count = await options.count();
  expect(count).toBeGreaterThan(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(listbox(page)).toBeHidden();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(box(page)).not.toHaveAttribute('aria-activedescendant');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('certification');
  await page.keyboard.press('ArrowDown');
  await expect(listbox(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(box(page)).toBeFocused();
});

test('"See all results" and Enter with no option chosen both go to the search page with the query', async ({
  page,
}) => {
  await typeQuery(page, 'Texas');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(listbox(page).getByRole('option').nth(-2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Texas$/);
  await expect(page.getByLabel('Search for')).toHaveValue('Texas');
  await expect(page.locator('[data-search-status]')).toContainText('for “Texas”', {
    timeout: 20_000,
  });

  await typeQuery(page, 'LICSW');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=LICSW$/);
});

test('"Jobs matching" opens the job board filtered by the query, which finds the postings', async ({
  page,
}) => {
  await typeQuery(page, 'Houston');
  await page.keyboard.press('ArrowUp');
  await expect(listbox(page).getByRole('option').last()).toHaveText('Jobs matching “Houston”');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/jobs\/\?q=Houston$/);
  await expect(page.getByLabel('Search titles, employers and places')).toHaveValue('Houston');
  await expect(
    page
      .locator('[data-job-results]')
      .getByRole('link', { name: /RN Case Manager, Complex Care/ })
      .first(),
  ).toBeVisible({ timeout: 20_000 });
});

test('a query that matches nothing says so and still offers the search page', async ({ page }) => {
  await page.goto(TEXT_PAGE);
  await page.keyboard.press('/');
  await page.keyboard.type('xyzzyplugh');
  await expect(page.getByText('No pages match “xyzzyplugh”.')).toBeVisible({ timeout: 20_000 });
  await expect(listbox(page).getByRole('option')).toHaveText([
    'See all results for “xyzzyplugh”',
    'Jobs matching “xyzzyplugh”',
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'No results' })).toHaveCount(1);
});

test('keyboard only: Tab to the box, search, choose a result', async ({ page }) => {
  await page.goto(TEXT_PAGE);
  const input = page.getByRole('search').getByLabel('Search the site');
  // Skip link, site name, then the box.
  for (let i = 0; i < 5 && !(await input.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await page.keyboard.type('CCM');
  await resultsFor(page, 'CCM');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/career\/certifications\/$/);
});

test('the mouse: clicking an option opens it, clicking elsewhere closes the popup', async ({
  page,
}) => {
  await typeQuery(page, 'salary');
  await page.locator('h1').click();
  await expect(listbox(page)).toBeHidden();
  await box(page).click();
  await expect(listbox(page)).toBeVisible();
  await listbox(page).getByRole('option').first().click();
  await expect(page).toHaveURL(/\/salary\/$/);
});

test('"/" does not steal a slash typed into a field; on /search/ it focuses the page’s own box', async ({
  page,
}) => {
  await page.goto('/search/');
  await page.locator('main h1').click();
  await page.keyboard.press('/');
  const pageBox = page.getByLabel('Search for');
  await expect(pageBox).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(pageBox).toHaveValue('a/b');
  // The header box stays a plain form here: no popup competes with the page's results.
  await page.getByRole('search').getByLabel('Search the site').focus();
  await page.keyboard.type('Texas');
  await expect(page.getByRole('listbox')).toHaveCount(0);
});

test('closed and open: no axe violations and no console errors under the CSP', async ({
  page,
  problems,
}) => {
  await page.goto(TEXT_PAGE);
  expect(await axeViolations(page)).toEqual([]);
  await typeQuery(page, 'clinical license');
  await page.keyboard.press('ArrowDown');
  expect(await axeViolations(page)).toEqual([]);
  await problems.expectNone();
});

test('at 375 px the popup fits the screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await typeQuery(page, 'Texas');
  const popup = await listbox(page).boundingBox();
  expect(popup!.x).toBeGreaterThanOrEqual(0);
  expect(popup!.x + popup!.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
