/**
 * What a first search costs: on a text page, type a query into the header search in headless Chromium against a
 * preview of the build, wait for the popup's results, and add up every response under /pagefind/ (the engine,
 * its WebAssembly, the index chunks and the result fragments), both as served and as a host sends them
 * (compressed: each body gzipped, or as is when that is no smaller, as with Pagefind's pre-compressed chunks).
 */
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../lib/browser.ts';

export interface FirstQuery {
  query: string;
  results: number;
  requests: number;
  /** Bytes as served by `astro preview` (uncompressed). */
  bytes: number;
  /** Bytes as a host sends them (gzip, or raw when gzip is no smaller). */
  gzipBytes: number;
  /** Compressed bytes by kind: js, wasm, index (pf_meta / pf_index / pf_filter), fragments. */
  byKind: Record<string, number>;
  ms: number;
}

const kindOf = (path: string) =>
  path.endsWith('.js')
    ? 'js'
    : path.endsWith('.wasm') || path.includes('wasm')
      ? 'wasm'
      : path.includes('pf_fragment') || path.includes('/fragment/')
        ? 'fragments'
        : 'index';

/** What a host sends for a body: gzip when that is smaller. */
export const sent = (body: Buffer): number => Math.min(body.length, gzipSync(body).length);

export async function firstQuery(
  baseUrl: string,
  query = 'texas',
  from = '/career/',
): Promise<FirstQuery> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const responses: Promise<{ path: string; bytes: number; gzip: number }>[] = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path.includes('/pagefind/'))
        responses.push(
          res.body().then(
            (b) => ({ path, bytes: b.length, gzip: sent(b) }),
            () => ({ path, bytes: 0, gzip: 0 }),
          ),
        );
    });
    await page.goto(`${baseUrl}${from}`);
    await page.waitForLoadState('networkidle');
    const start = performance.now();
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    const options = page.locator('[role="listbox"] [role="option"] .search-popup-title');
    await options.first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const ms = Math.round(performance.now() - start);
    const results = await options.count();
    const got = await Promise.all(responses);
    const byKind: Record<string, number> = {};
    for (const r of got) byKind[kindOf(r.path)] = (byKind[kindOf(r.path)] ?? 0) + r.gzip;
    return {
      query,
      results,
      requests: got.length,
      bytes: got.reduce((t, r) => t + r.bytes, 0),
      gzipBytes: got.reduce((t, r) => t + r.gzip, 0),
      byKind,
      ms,
    };
  } finally {
    await browser.close();
  }
}
