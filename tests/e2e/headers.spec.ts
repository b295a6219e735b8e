import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_IN_SITEMAP, ONE_OF_EACH, sitemapPaths } from './sitemap';
import { serveBuild } from '../static-server';

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

/** Console errors and warnings (CSP violations land there) and securitypolicyviolation events. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  return problems;
}

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
    test(path, async ({ page }) => {
      const problems = await watch(page);
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      // Scroll through so islands that hydrate when visible load their code too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });
  }
});

test('a search runs Pagefind (scripts and WebAssembly) under the header policy', async ({
  page,
}) => {
  const problems = await watch(page);
  await page.goto(`${base}/search/?q=case+manager`);
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  expect(problems).toEqual([]);
});
