import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_IN_SITEMAP, ONE_OF_EACH, sitemapPaths } from './sitemap';
import { serveBuild } from '../static-server';
import { expect, ready, test } from './fixtures';

/**
 * The build served the way Cloudflare Pages or Netlify would serve it, with dist/_headers applied (by a small
 * static server, not astro preview): every page must work under both the header CSP and its own <meta> CSP.
 */
const dist = process.env.OUT_DIR ?? 'dist';
let server: Server;
let base = '';

test.beforeAll(async () => {
  ({ server, url: base } = await serveBuild(dist));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** One page of each type (the pages share their frame, so a type's other pages add nothing) and every tool page. */
const TOOLS = ['/job-description/builder/', '/jobs/post/', '/jobs/page/2/'];
const pages = [...new Set([...ONE_OF_EACH, ...NOT_IN_SITEMAP, ...TOOLS])].filter(
  (p) =>
    sitemapPaths(dist).includes(p) ||
    NOT_IN_SITEMAP.includes(p) ||
    (TOOLS.includes(p) && existsSync(join(dist, p, 'index.html'))),
);

test('the static server really applies _headers', async ({ request }) => {
  const res = await request.get(`${base}/career/`);
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
});

test.describe('with the _headers policy applied, no page logs a CSP violation or console error', () => {
  for (const path of pages) {
    test(path, async ({ page, problems }) => {
      await page.goto(`${base}${path}`);
      // Every island hydrated (those that wait to be seen are scrolled to), so their code has loaded too.
      await ready(page);
      await problems.expectNone();
    });
  }
});

test('a search runs Pagefind (scripts and WebAssembly) under the header policy', async ({
  page,
  problems,
}) => {
  await page.goto(`${base}/search/?q=case+manager`);
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await problems.expectNone();
});
