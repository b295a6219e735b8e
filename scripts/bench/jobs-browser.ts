/**
 * The job board in a real browser: what a first visit to /jobs/ downloads (compressed, as a host sends it), what
 * a first state selection fetches (that state's shard and the nationwide postings, src/lib/jobs/index-shards.ts),
 * and how long a whole filter change takes with the CPU slowed 4x (Chrome DevTools Protocol
 * Emulation.setCPUThrottlingRate): from the select's change, through any download the view needs, filtering,
 * sorting, the facet counts and the cards, to the page's style and layout being up to date (the filter script
 * signals a drawn list with a `jobs-rendered` event on its form).
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/browser.ts';
import { sent } from './first-query.ts';

type Timings = { runs: number; medianMs: number; maxMs: number };

export interface JobsBrowser {
  /** Bytes of every request a first visit to /jobs/ makes until the network is idle, compressed. */
  firstVisitBytes: number;
  firstVisitRequests: number;
  /** Whether the first visit fetched any postings (the whole index or a shard; it should not). */
  firstVisitLoadsIndex: boolean;
  /** A first state selection (Alaska), CPU slowed: what it fetched (compressed) and the whole change's time. */
  firstState: { bytes: number; requests: number; paths: string[]; ms: number };
  /** The whole index, compressed, which views other than a state alone fetch (text search, other filters). */
  indexBytes: number;
  cpuSlowdown: number;
  /** Whole state selections, each state chosen for the first time (its shard fetched, merged, drawn). */
  stateChange: Timings;
  /** The same states chosen again (their lists already here: filter, counts, cards, layout). */
  stateChangeAgain: Timings;
  /** Typing a word into the text filter (one change), with the whole index here. */
  textChange: Timings;
}

const STATES = ['TX', 'CA', 'NY', 'FL', 'MA', 'WY', 'OH', 'GA', 'WA', 'IL', ''];
const WORDS = ['nurse', 'behavioral', 'houston', 'lcsw', 'zzzz', ''];
const CPU_SLOWDOWN = 4;

const stats = (xs: number[]): Timings => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s[Math.floor((s.length - 1) / 2)];
  const max = s.at(-1);
  if (median === undefined || max === undefined) throw new Error('jobsBrowser: no timings');
  return { runs: s.length, medianMs: +median.toFixed(1), maxMs: +max.toFixed(1) };
};

/** Change one filter field as a visitor does and time it until the list is drawn and laid out. */
const timeChange = (page: Page, name: string, value: string) =>
  page.evaluate(
    async ([name, value]: [string, string]) => {
      const form = document.querySelector<HTMLFormElement>('[data-job-filters]')!;
      const el = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      const drawn = new Promise((done, fail) => {
        form.addEventListener('jobs-rendered', done, { once: true });
        setTimeout(() => fail(new Error(`no list drawn 60 s after ${name}=${value}`)), 60_000);
      });
      el.focus();
      const t = performance.now();
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await drawn;
      // Style and layout of the changed page, as the next frame would need them.
      void document.body.getBoundingClientRect().height;
      return performance.now() - t;
    },
    [name, value] as [string, string],
  );

export async function jobsBrowser(baseUrl: string): Promise<JobsBrowser> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ path: string; gzip: number }>[] = [];
    page.on('response', (res) =>
      bodies.push(
        res.body().then(
          (b) => ({ path: new URL(res.url()).pathname, gzip: sent(b) }),
          () => ({ path: new URL(res.url()).pathname, gzip: 0 }),
        ),
      ),
    );
    // The browser may not keep a large body to hand over (the 10 MB index at 50,000 postings came back empty,
    // reported as 0 KB): then weigh the same file as the server sends it.
    const weigh = async (b: { path: string; gzip: number }) =>
      b.gzip
        ? b
        : {
            ...b,
            gzip: sent(Buffer.from(await (await fetch(`${baseUrl}${b.path}`)).arrayBuffer())),
          };
    const arrived = async () => Promise.all((await Promise.all(bodies.splice(0))).map(weigh));

    await page.goto(`${baseUrl}/jobs/`);
    await page.waitForLoadState('networkidle');
    const first = await arrived();

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // A first state selection: reaching for the select starts the nationwide file, the choice fetches the state's.
    const firstStateMs = await timeChange(page, 'state', 'AK');
    await page.waitForLoadState('networkidle');
    const firstState = await arrived();

    const stateTimes: number[] = [];
    for (const code of STATES) stateTimes.push(await timeChange(page, 'state', code));
    const againTimes: number[] = [];
    for (const code of STATES) againTimes.push(await timeChange(page, 'state', code));

    // Text search needs every posting: the whole index arrives with the first word (not timed), then each word.
    await timeChange(page, 'q', 'case');
    await page.waitForLoadState('networkidle');
    const index = (await arrived()).find((b) => b.path.endsWith('/jobs/index.json'));
    const textTimes: number[] = [];
    for (const w of WORDS) textTimes.push(await timeChange(page, 'q', w));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    return {
      firstVisitBytes: first.reduce((t, b) => t + b.gzip, 0),
      firstVisitRequests: first.length,
      firstVisitLoadsIndex: first.some((b) => /\/jobs\/(index|shards\/)/.test(b.path)),
      firstState: {
        bytes: firstState.reduce((t, b) => t + b.gzip, 0),
        requests: firstState.length,
        paths: firstState.map((b) => b.path),
        ms: +firstStateMs.toFixed(1),
      },
      indexBytes: index?.gzip ?? 0,
      cpuSlowdown: CPU_SLOWDOWN,
      stateChange: stats(stateTimes),
      stateChangeAgain: stats(againTimes),
      textChange: stats(textTimes),
    };
  } finally {
    await browser.close();
  }
}
