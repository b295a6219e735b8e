// Lighthouse (mobile) on one page of each type of an existing build; builds nothing.
//
//   npm run lighthouse                        serve OUT_DIR (default dist/) with astro preview and audit it
//   npm run lighthouse -- --url https://…     audit a deployed site instead (same page paths)
//   npm run lighthouse -- /career/ /jobs/     audit only these paths
//   npm run bench -- --lighthouse             the same audit of the bench's build of the site as it is
//
// Prints the four category scores per page and the audits that cost points; writes reports/lighthouse.json.
// Chromium: CHROME_PATH, CHROMIUM_PATH or /usr/bin/chromium, with the flags in scripts/lib/browser.ts.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtRoutes } from './lib/page-weight.ts';
import { lighthousePaths, runLighthouse } from './bench/lighthouse.ts';
import { startPreview, type Preview } from './bench/preview.ts';

const { values: args, positionals } = parseArgs({
  options: { url: { type: 'string' } },
  allowPositionals: true,
});
const dist = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4343);

let paths: { type: string; path: string }[];
if (positionals.length) paths = positionals.map((p) => ({ type: p, path: p }));
else if (!args.url) {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`No build in ${dist}/. Run "npm run build" first (or set OUT_DIR).`);
  paths = lighthousePaths(builtRoutes(dist));
} else
  paths = lighthousePaths([
    '/',
    '/career/duties/',
    '/licensing/texas/',
    '/licensing/',
    '/salary/',
    '/job-description/',
    '/job-description/builder/',
    '/jobs/',
    '/jobs/state/tx/',
    '/jobs/post/',
    '/sources/',
    '/sources/licensing/',
    '/sources/licensing/texas/',
    '/search/',
  ]);

let preview: Preview | undefined;
const base = args.url?.replace(/\/$/, '') ?? (preview = await startPreview(dist, port)).url;
let results;
try {
  results = await runLighthouse(
    base,
    paths,
    Number(process.env.LIGHTHOUSE_CDP_PORT ?? port + 1000),
  );
} finally {
  await preview?.stop();
}

mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/lighthouse.json',
  JSON.stringify({ date: new Date().toISOString(), base, formFactor: 'mobile', results }, null, 2),
);
console.log('\nWrote reports/lighthouse.json');
