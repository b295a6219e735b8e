import type { Page } from '@playwright/test';
import { axeViolations, expect, ready, test } from './fixtures';
import { ONE_OF_EACH, sweepPaths } from './sitemap';

/**
 * The whole-site sweep, one visit per page: it loads at phone width and must fit without sideways scrolling,
 * then at desktop width axe must find no WCAG 2.2 A/AA violation, and nothing may log a console error or a CSP
 * violation along the way. Every page type and every distinct page is visited; of the near-identical pages that
 * grow with the job board (postings, state job lists) a fixed sample (see sweepPaths).
 */
const DESKTOP = { width: 1280, height: 900 };

// Axe on the largest page (/sources/licensing/, about 6,000 elements) can take most of a minute when the two
// cores are shared; a hung page still fails, just later.
test.describe.configure({ timeout: 120_000 });

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 or less fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function sweep(page: Page, path: string) {
  await page.goto(path);
  await ready(page);
  await expect
    .poll(() => overflow(page), { message: 'sideways scrolling (px)' })
    .toBeLessThanOrEqual(0);
  await page.setViewportSize(DESKTOP);
  expect(await axeViolations(page)).toEqual([]);
}

test.describe('every distinct page: fits 375 px, passes axe (WCAG 2.2 A/AA), no console errors or CSP violations', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const path of sweepPaths()) {
    test(path, async ({ page, problems }) => {
      await sweep(page, path);
      await problems.expectNone();
    });
  }
});

test.describe('one page of each type: fits 320 px, passes axe in the dark color scheme', () => {
  test.use({ viewport: { width: 320, height: 740 }, colorScheme: 'dark' });
  for (const path of ONE_OF_EACH) {
    test(`${path} (dark)`, async ({ page, problems }) => {
      await sweep(page, path);
      await problems.expectNone();
    });
  }
});

test('the watcher reports a CSP violation from the page’s securitypolicyviolation event', async ({
  page,
  problems,
}) => {
  await page.goto('/career/');
  // The page's CSP allows no inline style attributes; Chrome blocks this one and fires the event.
  await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
  await expect
    .poll(() => problems.list.filter((p) => p.startsWith('CSP violation: style-src-attr')))
    .toHaveLength(1);
});
