import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

/** The values the chart was drawn with, and the matching column of the table beside it. */
async function chartAndTable(page: Page) {
  const canvas = page.locator('.pay-explorer canvas');
  await canvas.scrollIntoViewIfNeeded();
  const values = JSON.parse((await canvas.getAttribute('data-values'))!) as (number | null)[];
  const column = await page
    .locator('[data-testid="pay-table"] tbody tr td:nth-of-type(1)')
    .allTextContents();
  return { values, column };
}
const asMoney = (v: number | null, hourly: boolean) =>
  v === null
    ? 'not published'
    : v.toLocaleString('en-US', {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: hourly ? 2 : 0,
        maximumFractionDigits: hourly ? 2 : 0,
      });

test('the percentile chart and its table show the same numbers, for each occupation and per hour', async ({
  page,
}) => {
  await page.goto('/salary/');
  await page.locator('.pay-explorer canvas').scrollIntoViewIfNeeded();
  await expect(page.locator('.pay-explorer canvas')).toHaveAttribute('width', /\d+/);
  let { values, column } = await chartAndTable(page);
  expect(column.slice(0, 6)).toEqual(values.map((v) => asMoney(v, false)));
  expect(column[2]).toBe('$61,780');

  await page.locator('.pay-explorer').getByLabel('Occupation').selectOption('21-1022');
  await expect(page.locator('.pay-explorer figcaption')).toContainText(
    'Healthcare Social Workers (21-1022)',
  );
  ({ values, column } = await chartAndTable(page));
  expect(column.slice(0, 6)).toEqual(values.map((v) => asMoney(v, false)));
  expect(column[2]).toBe('$67,880');

  await page.locator('.pay-explorer').getByLabel('per hour').check();
  ({ values, column } = await chartAndTable(page));
  expect(column.slice(0, 6)).toEqual(values.map((v) => asMoney(v, true)));
  expect(column[2]).toBe('$32.63');
});

test('the chart draws without console errors under the CSP and keeps its place on the page', async ({
  page,
  problems,
}) => {
  await page.goto('/salary/');
  const box = page.locator('.pay-explorer .chart-box');
  const before = await box.boundingBox();
  await box.scrollIntoViewIfNeeded();
  await expect(page.locator('.pay-explorer canvas')).toHaveAttribute('data-values', /\d/);
  // Two frames later the chart's resize observer has run and the drawn chart has been laid out.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const after = await box.boundingBox();
  expect(after?.height).toBe(before?.height);
  await problems.expectNone();
});

test('the state ranking lists states highest first, and its table matches the chart', async ({
  page,
}) => {
  await page.goto('/salary/');
  const canvas = page.locator('.state-ranking canvas');
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute('data-values', /\d/);
  const values = JSON.parse((await canvas.getAttribute('data-values'))!) as [string, number][];
  expect(values).toHaveLength(51);
  expect(values.map(([, v]) => v)).toEqual([...values.map(([, v]) => v)].sort((a, b) => b - a));
  await page.locator('.state-ranking summary').click();
  const firstRow = await page
    .locator('[data-testid="state-pay-table"] tbody tr')
    .first()
    .locator('td')
    .allTextContents();
  expect(firstRow[1]).toBe(`$${values[0]![1].toLocaleString('en-US')}`); // 51 values, checked above
});

test('the state table sorts by name and by pay, and says how it is sorted', async ({ page }) => {
  await page.goto('/salary/');
  await page.locator('.state-ranking').scrollIntoViewIfNeeded();
  // The sort buttons work once the island has hydrated (Astro removes its "ssr" attribute then).
  await expect(page.locator('astro-island:has(.state-ranking)')).not.toHaveAttribute('ssr');
  await page.locator('.state-ranking summary').click();
  const table = page.locator('[data-testid="state-pay-table"]');
  await table.getByRole('button', { name: 'State' }).click();
  await expect(table.locator('th[aria-sort="ascending"]')).toContainText('State');
  const names = await table.locator('tbody th').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await table.getByRole('button', { name: 'Median pay' }).click();
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('Median pay');
  const pay = (await table.locator('tbody td:nth-of-type(2)').allTextContents()).map((t) =>
    Number(t.replace(/[$,]/g, '')),
  );
  expect(pay).toEqual([...pay].sort((a, b) => b - a));
});

test.describe('a state page’s pay and outlook', () => {
  test('at 1280 px: the ranking strips sit above their table, the state’s tick lies inside its strip, and axe finds nothing', async ({
    page,
    problems,
  }) => {
    await page.goto('/licensing/nevada/');
    const strips = page.locator('.strips .strip');
    await expect(strips).toHaveCount(5);
    const table = page.locator('[data-testid="state-pay-ranking-table"]');
    const stripsBox = (await page.locator('.strips').boundingBox())!;
    const tableBox = (await table.boundingBox())!;
    expect(stripsBox.y + stripsBox.height).toBeLessThanOrEqual(tableBox.y);
    // The accent tick is drawn where the table's median puts it: inside the strip, at least 4 px wide.
    const mine = (await strips.first().locator('path.mine').boundingBox())!;
    const strip = (await strips.first().locator('svg').boundingBox())!;
    expect(mine.x).toBeGreaterThanOrEqual(strip.x);
    expect(mine.x + mine.width).toBeLessThanOrEqual(strip.x + strip.width);
    expect(mine.width).toBeGreaterThanOrEqual(4);
    await expect(page.locator('[data-testid="state-outlook-table"] tbody tr')).toHaveCount(5);
    expect(await axeViolations(page)).toEqual([]);
    await problems.expectNone();
  });

  test('at 375 px: the strips fit the screen and the wide tables scroll inside their own box', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/licensing/texas/');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    for (const svg of await page.locator('.strips svg').all()) {
      const box = (await svg.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    await expect(page.locator('[data-testid="state-outlook-missing"]')).toContainText(
      'child, family, and school social workers',
    );
  });
});
