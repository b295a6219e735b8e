/**
 * What a first search costs: open /search/?q=… in headless Chromium against a preview of the build, wait for the
 * results, and add up every response under /pagefind/ (the engine, its WebAssembly, the index chunks and the
 * result fragments).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/browser.ts';

export interface FirstQuery {
  query: string;
  results: number;
  requests: number;
  bytes: number;
  /** Bytes by kind: js, wasm, index (pf_meta / pf_index / pf_filter), fragments. */
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

export async function firstQuery(baseUrl: string, query = 'case manager'): Promise<FirstQuery> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const responses: Promise<{ path: string; bytes: number }>[] = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path.includes('/pagefind/'))
        responses.push(
          res.body().then(
            (b) => ({ path, bytes: b.length }),
            () => ({ path, bytes: 0 }),
          ),
        );
    });
    const start = performance.now();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    await page.locator('[data-search-results] > li').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const ms = Math.round(performance.now() - start);
    const results = await page.locator('[data-search-results] > li').count();
    const got = await Promise.all(responses);
    const byKind: Record<string, number> = {};
    for (const r of got) byKind[kindOf(r.path)] = (byKind[kindOf(r.path)] ?? 0) + r.bytes;
    return {
      query,
      results,
      requests: got.length,
      bytes: got.reduce((t, r) => t + r.bytes, 0),
      byKind,
      ms,
    };
  } finally {
    await browser.close();
  }
}
