// Lighthouse (mobile) on one page of each type of an existing build; builds nothing.
//
//   npm run lighthouse                        serve OUT_DIR (default dist/) with astro preview and audit it
//   npm run lighthouse -- --url https://…     audit a deployed site instead (same page paths)
//   npm run lighthouse -- /career/ /jobs/     audit only these paths
//
// Prints the four category scores per page and the audits that cost points; writes reports/lighthouse.json.
// Chromium: CHROME_PATH, CHROMIUM_PATH or /usr/bin/chromium, with the flags in scripts/lib/browser.ts.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions, chromiumPath } from './lib/browser.ts';
import { builtRoutes } from './lib/page-weight.ts';
import { PAGE_TYPES } from './bench/page-types.ts';
import { startPreview, type Preview } from './bench/preview.ts';

const { values: args, positionals } = parseArgs({
  options: { url: { type: 'string' } },
  allowPositionals: true,
});
const dist = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4343);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

let paths: { type: string; path: string }[];
if (positionals.length) paths = positionals.map((p) => ({ type: p, path: p }));
else if (!args.url) {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`No build in ${dist}/. Run "npm run build" first (or set OUT_DIR).`);
  const routes = builtRoutes(dist);
  paths = PAGE_TYPES.flatMap(({ type, pick }) =>
    pick(routes) ? [{ type, path: pick(routes)! }] : [],
  );
} else
  paths = PAGE_TYPES.map(({ type, pick }) => ({
    type,
    path: pick([
      '/',
      '/career/duties/',
      '/licensing/texas/',
      '/licensing/',
      '/salary/',
      '/job-description/',
      '/job-description/builder/',
      '/jobs/',
      '/jobs/state/tx/',
      '/sources/',
      '/search/',
    ])!,
  })).filter((p) => p.path);

let preview: Preview | undefined;
const base = args.url?.replace(/\/$/, '') ?? (preview = await startPreview(dist, port)).url;
// Lighthouse drives the browser over the DevTools protocol port that Playwright's Chromium opens.
const cdpPort = Number(process.env.LIGHTHOUSE_CDP_PORT ?? port + 1000);
const browser = await chromium.launch(
  chromiumLaunchOptions(
    [`--remote-debugging-port=${cdpPort}`],
    process.env.CHROME_PATH ?? chromiumPath(),
  ),
);

const results: {
  type: string;
  url: string;
  scores: Record<string, number | null>;
  lost: { category: string; id: string; title: string; score: number | null; items?: string[] }[];
}[] = [];
try {
  for (const { type, path } of paths) {
    const url = `${base}${path}`;
    const run = await lighthouse(url, {
      port: cdpPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = run.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100),
      ]),
    );
    // The audits that cost this page points, with a few of the elements they name.
    const lost = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? []).flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight <= 0 || audit.score === null || audit.score >= 1) return [];
        type Item = {
          node?: { snippet?: string };
          url?: string;
          issueType?: string;
          subItems?: { items?: { url?: string; blockedURL?: string }[] };
        };
        const details = audit.details as { items?: Item[] } | undefined;
        const items = details?.items
          ?.slice(0, 3)
          .map(
            (i) =>
              i.node?.snippet ??
              i.url ??
              (i.issueType
                ? `${i.issueType}: ${JSON.stringify(i.subItems?.items?.slice(0, 2) ?? [])}`
                : ''),
          )
          .filter(Boolean);
        return {
          category: c,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          ...(items?.length ? { items } : {}),
        };
      }),
    );
    results.push({ type, url, scores, lost });
    console.log(
      `${type.padEnd(26)} ${path.padEnd(40)} ${CATEGORIES.map((c) => `${c} ${scores[c] ?? '–'}`).join('  ')}`,
    );
    for (const l of lost)
      console.log(
        `    − ${l.category}: ${l.title} (${l.id}, score ${l.score})${l.items ? `: ${l.items.join(' | ').slice(0, 200)}` : ''}`,
      );
  }
} finally {
  await browser.close();
  await preview?.stop();
}

mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/lighthouse.json',
  JSON.stringify({ date: new Date().toISOString(), base, formFactor: 'mobile', results }, null, 2),
);
console.log('\nWrote reports/lighthouse.json');
