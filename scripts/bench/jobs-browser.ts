/**
 * The job board in a real browser: what a first visit to /jobs/ downloads (compressed, as a host sends it), and
 * how long a whole filter change takes with the CPU slowed 4x (Chrome DevTools Protocol
 * Emulation.setCPUThrottlingRate): from the select's change, through filtering, sorting, the facet counts and
 * the cards, to the page's style and layout being up to date. The index is loaded once before timing, as it is
 * by a visitor's first use of the filters.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/browser.ts';
import { sent } from './first-query.ts';

export interface JobsBrowser {
  /** Bytes of every request a first visit to /jobs/ makes until the network is idle, compressed. */
  firstVisitBytes: number;
  firstVisitRequests: number;
  /** Whether the first visit fetched the posting index (it should not). */
  firstVisitLoadsIndex: boolean;
  /** The posting index, compressed, fetched on first use of the filters. */
  indexBytes: number;
  cpuSlowdown: number;
  /** Whole state selections (filter, sort, counts, DOM, style and layout), ms, with the CPU slowed. */
  stateChange: { runs: number; medianMs: number; maxMs: number };
  /** The same for typing a word into the text filter (one change). */
  textChange: { runs: number; medianMs: number; maxMs: number };
}

const STATES = ['TX', 'CA', 'NY', 'FL', 'MA', 'WY', 'OH', 'GA', 'WA', 'IL', ''];
const WORDS = ['nurse', 'behavioral', 'houston', 'lcsw', 'zzzz', ''];
const CPU_SLOWDOWN = 4;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s[Math.floor((s.length - 1) / 2)];
  const max = s.at(-1);
  if (median === undefined || max === undefined) throw new Error('jobsBrowser: no timings');
  return { runs: s.length, medianMs: +median.toFixed(1), maxMs: +max.toFixed(1) };
};

export async function jobsBrowser(baseUrl: string): Promise<JobsBrowser> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ path: string; gzip: number }>[] = [];
    page.on('response', (res) =>
      bodies.push(
        res.body().then(
          (b) => ({ path: new URL(res.url()).pathname, gzip: sent(b) }),
          () => ({ path: res.url(), gzip: 0 }),
        ),
      ),
    );
    await page.goto(`${baseUrl}/jobs/`);
    await page.waitForLoadState('networkidle');
    const first = await Promise.all(bodies.splice(0));

    // First use of the filters: the index arrives; wait for the first drawn list.
    await page.getByLabel('State', { exact: true }).focus();
    await page.getByLabel('State', { exact: true }).selectOption('AK');
    await page
      .locator('[data-job-status]')
      .filter({ hasText: /Showing|No open jobs/ })
      .waitFor();
    await page.waitForLoadState('networkidle');
    const index = (await Promise.all(bodies.splice(0))).find((b) =>
      b.path.endsWith('/jobs/index.json'),
    );
    // The browser may not keep a large body to hand over (the 10 MB index at 50,000 postings came back empty,
    // reported as 0 KB): then weigh the same file as the server sends it.
    const indexBytes = index?.gzip
      ? index.gzip
      : index
        ? sent(Buffer.from(await (await fetch(`${baseUrl}/jobs/index.json`)).arrayBuffer()))
        : 0;

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const time = (name: string, value: string) =>
      page.evaluate(
        ([name, value]: [string, string]) => {
          const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(
            `[data-job-filters] [name="${name}"]`,
          )!;
          const t = performance.now();
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          // Style and layout of the changed page, as the next frame would need them.
          void document.body.getBoundingClientRect().height;
          return performance.now() - t;
        },
        [name, value] as [string, string],
      );
    await time('state', 'TX'); // warm up, as a visitor's second change is
    const stateTimes: number[] = [];
    for (const code of STATES) stateTimes.push(await time('state', code));
    const textTimes: number[] = [];
    for (const w of WORDS) textTimes.push(await time('q', w));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    return {
      firstVisitBytes: first.reduce((t, b) => t + b.gzip, 0),
      firstVisitRequests: first.length,
      firstVisitLoadsIndex: first.some((b) => b.path.endsWith('/jobs/index.json')),
      indexBytes,
      cpuSlowdown: CPU_SLOWDOWN,
      stateChange: stats(stateTimes),
      textChange: stats(textTimes),
    };
  } finally {
    await browser.close();
  }
}
