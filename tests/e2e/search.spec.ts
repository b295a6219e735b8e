import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** Run a query on /search/ and return the result links in order. */
async function results(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-status]')).toContainText('for “');
  return page
    .locator('[data-search-results] li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

test.describe('relevance: the first results fit the question', () => {
  test('a state name brings its licensing page first', async ({ page }) =>
    expect((await results(page, 'Texas'))[0]).toBe('/licensing/texas/'));
  test('a postal code brings the state first', async ({ page }) =>
    expect((await results(page, 'TX'))[0]).toBe('/licensing/texas/'));
  test('a license abbreviation brings the states that issue it', async ({ page }) => {
    const top = (await results(page, 'LICSW')).slice(0, 4);
    for (const state of ['massachusetts', 'minnesota', 'washington'])
      expect(top.concat((await results(page, 'LICSW')).slice(0, 10))).toContain(
        `/licensing/${state}/`,
      );
    expect(top.every((u) => u!.startsWith('/licensing/'))).toBe(true);
  });
  test('a certification brings the certifications page first', async ({ page }) =>
    expect((await results(page, 'CCM'))[0]).toBe('/career/certifications/'));
  test('"how long" finds the path planner among the first results', async ({ page }) => {
    expect((await results(page, 'how long')).slice(0, 3)).toContain('/career/path/');
  });
  test('"salary" and "pay" bring the pay page first', async ({ page }) => {
    expect((await results(page, 'salary'))[0]).toBe('/salary/');
    expect((await results(page, 'pay'))[0]).toBe('/salary/');
  });
  test('a license, a topic and a state together bring that state first', async ({ page }) =>
    expect((await results(page, 'LCSW salary Texas'))[0]).toBe('/licensing/texas/'));
  test('a certification and its exam cost bring the certifications page first', async ({ page }) =>
    expect((await results(page, 'CCM exam cost'))[0]).toBe('/career/certifications/'));
  // Issue 16: the planner answers "how long" for the reader's state and start; the how-to page follows it.
  test('"how long does it take" brings the path planner first, then the how-to-become page', async ({
    page,
  }) => {
    const top = await results(page, 'how long does it take');
    expect(top[0]).toBe('/career/path/');
    expect(top.slice(1, 4)).toContain('/career/how-to-become/');
  });
});

test('a misspelled state offers the nearest one, and a correct query offers nothing', async ({
  page,
}) => {
  await results(page, 'Texsa');
  const suggestion = page.locator('[data-search-suggestion]');
  await expect(suggestion).toHaveText('Did you mean Texas?');
  await expect(suggestion.getByRole('link', { name: 'Texas' })).toHaveAttribute(
    'href',
    '/licensing/texas/',
  );
  await results(page, 'Texas');
  await expect(suggestion).toBeHidden();
});

test('result excerpts keep the spaces between headings, terms and text', async ({ page }) => {
  await page.goto('/search/?q=LCSW&state=Texas');
  const excerpt = page.locator('[data-search-results] li p:not(.tags)').first();
  await expect(excerpt).toContainText('LCSW');
  expect(await excerpt.textContent()).not.toMatch(/\p{Ll}{3}LCSW|\d{4}\.\p{Lu}/u);
});

test('filters narrow the results, live in the URL, and a shared URL shows the same results', async ({
  page,
}) => {
  await page.goto('/search/');
  await page.getByLabel('Search for').fill('LCSW');
  await page.getByLabel('Type of page').selectOption('Licensing');
  await page.getByLabel('State').selectOption('New York');
  await expect(page).toHaveURL(/\?q=LCSW&type=Licensing&state=New\+York$/);
  const links = page.locator('[data-search-results] li a');
  await expect(links).toHaveCount(1);
  await expect(links.first()).toHaveAttribute('href', '/licensing/new-york/');
  await expect(page.locator('[data-search-results] li .tags').first()).toHaveText(
    'Licensing · New York',
  );
  await expect(page.locator('[data-search-results] mark').first()).toHaveText(/LCSW/i);
  // Postings are not in the site search; the page links to the job board filtered by the query.
  await expect(page.getByRole('link', { name: 'jobs matching “LCSW”' })).toHaveAttribute(
    'href',
    '/jobs/?q=LCSW',
  );

  const shared = page.url();
  const again = await page.context().newPage();
  await again.goto(shared);
  await expect(again.locator('[data-search-results] li a')).toHaveCount(1);
  await expect(again.getByLabel('State')).toHaveValue('New York');
});

test('keyboard: type, arrow into the results, move, and Escape back to an empty box', async ({
  page,
}) => {
  await page.goto('/search/');
  const box = page.getByLabel('Search for');
  await box.focus();
  await page.keyboard.type('certification');
  // Wait for the results of the whole word: results of a partial query ("cert") can be replaced under the
  // focus when the last ones arrive.
  await expect(page.locator('[data-search-status]')).toContainText('“certification”');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const links = page.locator('[data-search-results] li a');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search box is a plain form that takes a visitor from any page to the search page', async ({
    page,
  }) => {
    await page.goto('/career/skills/');
    await page.getByRole('search').getByLabel('Search the site').fill('Texas');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Texas$/);
  });
});

test('with results open: no axe violations and no console errors under the CSP', async ({
  page,
  problems,
}) => {
  await results(page, 'clinical license');
  expect(await axeViolations(page)).toEqual([]);
  await problems.expectNone();
});
