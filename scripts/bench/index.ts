// The site benchmark: build the site as it is, then with synthetic job postings (1,000, 10,000 and 50,000 unless
// --sizes says otherwise), and measure build time and memory, the output, page weight per page type, the Pagefind
// index, a first header search and the job board in a real browser. `npm run bench -- --help` lists the options.
//
// Builds go to temporary folders (content copies, caches and outputs); content/ and dist/ are never touched.
// Reports: reports/bench/<timestamp>.json and reports/bench/latest.json, and the comparison with the run before
// in reports/bench/<timestamp>-compare.txt.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from './build.ts';
import { firstQuery } from './first-query.ts';
import { jobsBrowser } from './jobs-browser.ts';
import { lighthousePaths, runLighthouse } from './lighthouse.ts';
import { filterTime, type FilterTime } from './filter-time.ts';
import { PAGE_TYPES } from './page-types.ts';
import { startPreview } from './preview.ts';
import { snapshotSite } from './snapshot.ts';
import { syntheticJobs, writeJobs } from './synthetic-jobs.ts';
import { compare, printRun, printSummary, printTargets } from './print.ts';
import type { BenchReport, RunReport } from './report.ts';
import { builtRoutes, pageWeight, sizes as weigh } from '../lib/page-weight.ts';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: '1000,10000,50000' },
    compare: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
});

const HELP = `npm run bench -- [options]

Builds the site as it is and with synthetic job postings, and measures build time, peak memory, output files,
page weight per page type, the first header search (bytes as a host sends them) and the job board in Chromium
(first visit, and a whole filter change with the CPU slowed 4x). Prints the tables, checks the targets, writes
reports/bench/<timestamp>.json, reports/bench/latest.json and the comparison with the previous run
(reports/bench/<timestamp>-compare.txt).

  --sizes 1000,10000,50000   synthetic board sizes to build (default 1000,10000,50000; 50,000 takes long)
  --only current             just the site as it is (under a minute)
  --no-browser               skip the browser measurements (first search, /jobs/)
  --lighthouse               also run Lighthouse (mobile) on one page of each type of every build
                             (scores and what cost points; with --only current, a few minutes)
  --keep                     keep the builds (BENCH_DIR chooses the folder)
  --compare a.json b.json    print the ratios b / a of two saved reports, and exit
  -h, --help                 this text

Environment: JOBS_AS_OF (default 2026-11-23), BENCH_PORT (preview port, default 4343), BENCH_DIR.`;

if (args.help) {
  console.log(HELP);
  process.exit(0);
}

if (args.compare) {
  const [a, b] = process.argv.slice(2).filter((x) => x.endsWith('.json'));
  if (!a || !b) throw new Error('Usage: npm run bench -- --compare before.json after.json');
  console.log(compare(JSON.parse(readFileSync(a, 'utf8')), JSON.parse(readFileSync(b, 'utf8'))));
  process.exit(0);
}

/** Pinned so synthetic postings are open and builds are repeatable. */
const AS_OF = process.env.JOBS_AS_OF ?? '2026-11-23';
const DATA_FILES = [
  'jobs/index.json',
  'jobs/shards/nationwide.json',
  'jobs/shards/tx.json',
  'jobs/feed.json',
  'jobs/rss.xml',
  'sitemap-0.xml',
  'pagefind/pagefind-entry.json',
];
const PORT = Number(process.env.BENCH_PORT ?? 4343);
const work = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'ccm-bench-'));
mkdirSync(work, { recursive: true });
const sizes =
  args.only === 'current'
    ? []
    : args
        .sizes!.split(',')
        .map(Number)
        .filter((n) => n > 0);
console.log(
  `Benchmark in ${work}, jobs as of ${AS_OF}; runs: current${sizes.map((n) => `, ${n} postings`).join('')}`,
);

// Build from a private copy of the project, so other builds of this checkout cannot disturb it (see snapshot.ts).
const root = snapshotSite(join(work, 'site'));
const runs: RunReport[] = [];
for (const postings of [0, ...sizes]) {
  const label = postings ? `${postings} postings` : 'current';
  const slug = postings ? `jobs-${postings}` : 'current';
  let contentDir: string | undefined;
  if (postings) {
    contentDir = join(work, `content-${slug}`);
    rmSync(contentDir, { recursive: true, force: true });
    cpSync('content', contentDir, { recursive: true });
    writeJobs(join(contentDir, 'jobs'), syntheticJobs(postings, new Date(`${AS_OF}T00:00:00Z`)));
  }
  const outDir = join(work, `dist-${slug}`);
  console.log(`\n▶ building: ${label} …`);
  const build = await runBuild({
    label,
    root,
    contentDir,
    outDir,
    cacheDir: join(work, `cache-${slug}`),
    logFile: join(work, `build-${slug}.log`),
    asOf: AS_OF,
  });
  const routes = builtRoutes(outDir);
  const pages = PAGE_TYPES.flatMap(({ type, pick }) => {
    const route = pick(routes);
    return route ? [{ type, ...pageWeight(outDir, route, { brotli: true }) }] : [];
  });
  const dataFiles = DATA_FILES.filter((f) => existsSync(join(outDir, f))).map((f) => ({
    path: `/${f}`,
    ...weigh(readFileSync(join(outDir, f))),
  }));
  let fq: RunReport['firstQuery'] = { skipped: '--no-browser' };
  let jobs: RunReport['jobs'] = { skipped: '--no-browser' };
  let audits: RunReport['lighthouse'];
  if (!args['no-browser'] || args.lighthouse) {
    const preview = await startPreview(outDir, PORT, root);
    const failed = (e: unknown) => ({
      skipped: `failed: ${(e as Error).message.split('\n')[0]}`,
    });
    try {
      if (!args['no-browser']) {
        fq = await firstQuery(preview.url).catch(failed);
        jobs = await jobsBrowser(preview.url).catch(failed);
      }
      if (args.lighthouse) {
        // After the timed measurements, so Lighthouse's own browser never overlaps them.
        console.log(`\n▶ Lighthouse (mobile): ${label} …`);
        audits = await runLighthouse(preview.url, lighthousePaths(routes), PORT + 1000).catch(
          failed,
        );
      }
    } finally {
      await preview.stop();
    }
  }
  const run: RunReport = {
    label,
    postings,
    build,
    pages,
    dataFiles,
    firstQuery: fq,
    jobs,
    ...(audits ? { lighthouse: audits } : {}),
  };
  runs.push(run);
  printRun(run);
  if (!args.keep) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(join(work, `cache-${slug}`), { recursive: true, force: true });
    if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  }
}

console.log('\n▶ job filter over 10,000 postings …');
const filter: FilterTime = await filterTime(syntheticJobs(10_000, new Date(`${AS_OF}T00:00:00Z`)));

const report: BenchReport = {
  date: new Date().toISOString(),
  asOf: AS_OF,
  node: process.version,
  runs,
  filter,
};
printSummary(report);
printTargets(report);
mkdirSync('reports/bench', { recursive: true });
const stamp = report.date.replace(/[:.]/g, '-');
const previous = existsSync('reports/bench/latest.json')
  ? (JSON.parse(readFileSync('reports/bench/latest.json', 'utf8')) as BenchReport)
  : undefined;
writeFileSync(`reports/bench/${stamp}.json`, JSON.stringify(report, null, 2));
writeFileSync('reports/bench/latest.json', JSON.stringify(report, null, 2));
if (previous) {
  const text = compare(previous, report);
  console.log(`\n══ Against the previous run (${previous.date}) ══\n${text}`);
  writeFileSync(`reports/bench/${stamp}-compare.txt`, text);
}
console.log(
  `\nReport: reports/bench/${stamp}.json (and reports/bench/latest.json${previous ? `, ${stamp}-compare.txt` : ''}). Build logs: ${work}/build-*.log`,
);
