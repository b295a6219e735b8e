/** The benchmark's tables: one per build, a summary with the 1.5x rule and the budgets, and the comparison of two reports. */
import {
  JS_BUDGETS,
  HTML_CSS_EXCEPTIONS,
  PAGE_HTML_CSS_GZIP,
  SITE_WIDE_SCRIPT_GZIP,
  htmlCssBudgetFor,
  jsBudgetFor,
} from '../lib/budgets.ts';
import { kb } from '../lib/page-weight.ts';
import type { BenchReport, RunReport } from './report.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** A table as lines of text, first column left-aligned, the others right-aligned. */
const tableLines = (rows: (string | number)[][]): string[] => {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.flatMap((r, i) => {
    const line = r
      .map((v, c) =>
        c === 0 ? String(v).padEnd(widths[c] ?? 0) : String(v).padStart(widths[c] ?? 0),
      )
      .join('  ');
    return i === 0 ? [line, widths.map((w) => '─'.repeat(w)).join('  ')] : [line];
  });
};
const table = (rows: (string | number)[][]) => console.log(tableLines(rows).join('\n'));
const fqBytes = (fq: RunReport['firstQuery']) =>
  'skipped' in fq ? undefined : (fq.gzipBytes ?? undefined);
const jobsOf = (r: RunReport) => (r.jobs && !('skipped' in r.jobs) ? r.jobs : undefined);
const jsTotal = (p: RunReport['pages'][number]) => p.scripts.reduce((t, s) => t + s.gzip, 0);

export function printRun(run: RunReport): void {
  const b = run.build;
  console.log(
    `\n${run.label}: ${b.pages} pages in ${b.seconds.toFixed(1)} s = ${b.pagesPerSecond} pages/s; peak memory ${b.peakMiB ?? '?'} MiB`,
  );
  console.log(
    `  steps: ${Object.entries(b.steps)
      .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
      .join(', ')}`,
  );
  if (b.missing?.length)
    console.log(
      `  WARNING: no log line marked the start of ${b.missing.join(', ')} (scripts/bench/build.ts MARKERS); the step before holds its time`,
    );
  console.log(
    `  output: ${mb(b.outputBytes)} in ${b.outputFiles} files (HTML ${mb(b.htmlBytes)}); Pagefind index ${mb(b.pagefindBytes)} in ${b.pagefindFiles} files`,
  );
  console.log(
    `  largest pages: ${b.largestPages.map((p) => `${p.path} ${kb(p.bytes)}`).join(', ')}`,
  );
  const fq = run.firstQuery;
  if ('skipped' in fq) console.log(`  first search: skipped (${fq.skipped})`);
  else
    console.log(
      `  first header search "${fq.query}": ${fq.results} results shown, ${fq.requests} requests, ${kb(fq.gzipBytes)} compressed (${kb(fq.bytes)} as served) under /pagefind/ (${Object.entries(
        fq.byKind,
      )
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')}), ${fq.ms} ms`,
    );
  const jobs = run.jobs;
  if (jobs && 'skipped' in jobs) console.log(`  /jobs/ in the browser: skipped (${jobs.skipped})`);
  else if (jobs)
    console.log(
      `  /jobs/ first visit: ${kb(jobs.firstVisitBytes)} compressed in ${jobs.firstVisitRequests} requests${jobs.firstVisitLoadsIndex ? ' (INCLUDES postings)' : ' (no postings)'}\n` +
        `  first state selection: ${kb(jobs.firstState.bytes)} compressed in ${jobs.firstState.requests} requests (${jobs.firstState.paths.join(', ')}), ${jobs.firstState.ms} ms with the CPU slowed ${jobs.cpuSlowdown}x; the whole index (text search, other filters) ${kb(jobs.indexBytes)}\n` +
        `  filter change with the CPU slowed ${jobs.cpuSlowdown}x (download if needed, filter, sort, counts, DOM, layout): state, first time each, median ${jobs.stateChange.medianMs} ms, max ${jobs.stateChange.maxMs} ms; state again median ${jobs.stateChangeAgain.medianMs} ms, max ${jobs.stateChangeAgain.maxMs} ms; text median ${jobs.textChange.medianMs} ms, max ${jobs.textChange.maxMs} ms`,
    );
  if (run.dataFiles.length)
    console.log(
      `  data files: ${run.dataFiles.map((f) => `${f.path} ${kb(f.raw)} (${kb(f.gzip)} gzip)`).join(', ')}`,
    );
  console.log('');
  table([
    [
      'page type',
      'route',
      'HTML gz',
      'HTML br',
      'CSS gz',
      'JS gz',
      'JS br',
      'later JS gz',
      'requests',
      'HTML raw',
      'budget',
    ],
    ...run.pages.map((p) => {
      const budget = jsBudgetFor(p.route);
      const js = jsTotal(p);
      const text = p.html.gzip + p.css.gzip;
      const textLimit = htmlCssBudgetFor(p.route);
      const verdict =
        `HTML+CSS ${kb(text)} / ${kb(textLimit)} ${text <= textLimit ? 'ok' : 'OVER'}` +
        (budget ? `; JS ${kb(js)} / ${kb(budget.gzip)} ${js <= budget.gzip ? 'ok' : 'OVER'}` : '');
      return [
        p.type,
        p.route.length > 34 ? `${p.route.slice(0, 31)}…` : p.route,
        kb(p.html.gzip),
        kb(p.html.br),
        kb(p.css.gzip),
        kb(js),
        kb(p.js.br),
        kb(p.lazyJs.gzip),
        p.requests,
        kb(p.html.raw),
        verdict,
      ];
    }),
  ]);
}

export function printSummary(report: BenchReport): void {
  console.log('\n══ Summary ══');
  table([
    [
      'build',
      'pages',
      'time',
      'pages/s',
      'peak MiB',
      'output',
      'files',
      'Pagefind',
      'PF files',
      'first search',
      '/jobs/ visit',
      'first state: fetched',
      'state change (first, again)',
      'whole index',
    ],
    ...report.runs.map((r) => [
      r.label,
      r.build.pages,
      `${r.build.seconds.toFixed(1)} s`,
      r.build.pagesPerSecond,
      r.build.peakMiB ?? '?',
      mb(r.build.outputBytes),
      r.build.outputFiles,
      mb(r.build.pagefindBytes),
      r.build.pagefindFiles,
      'skipped' in r.firstQuery
        ? 'skipped'
        : `${kb(r.firstQuery.gzipBytes)}, ${r.firstQuery.requests} req`,
      jobsOf(r) ? kb(jobsOf(r)!.firstVisitBytes) : '–',
      jobsOf(r) ? `${kb(jobsOf(r)!.firstState.bytes)}, ${jobsOf(r)!.firstState.ms} ms` : '–',
      jobsOf(r)
        ? `${jobsOf(r)!.stateChange.medianMs} ms, ${jobsOf(r)!.stateChangeAgain.medianMs} ms`
        : '–',
      jobsOf(r) ? kb(jobsOf(r)!.indexBytes) : '–',
    ]),
  ]);
  const f = report.filter;
  console.log(
    f.available
      ? `\nJob filter: ${f.runs} filter+sort runs over ${f.postings} postings: median ${f.medianMs} ms, p95 ${f.p95Ms} ms`
      : `\nJob filter: ${f.note}`,
  );

  // The 1.5x rule: time per page at the largest size against 1,000 postings.
  const small = report.runs.find((r) => r.postings === 1000);
  const large = report.runs.filter((r) => r.postings > 1000).at(-1);
  if (small && large) {
    const per = (r: RunReport) => r.build.seconds / r.build.pages;
    const ratio = per(large) / per(small);
    console.log(
      `\n1.5x rule: ${(per(small) * 1000).toFixed(1)} ms/page at ${small.label}, ${(per(large) * 1000).toFixed(1)} ms/page at ${large.label}: ratio ${ratio.toFixed(2)} ${ratio <= 1.5 ? '(ok)' : '(OVER 1.5)'}`,
    );
    console.log('  per-page time of each step (ms/page), small → large:');
    for (const step of Object.keys(large.build.steps)) {
      const a = ((small.build.steps[step] ?? 0) / small.build.pages) * 1000;
      const b = ((large.build.steps[step] ?? 0) / large.build.pages) * 1000;
      console.log(
        `    ${step.padEnd(14)} ${a.toFixed(2).padStart(7)} → ${b.toFixed(2).padStart(7)}${a > 0 ? `  (x${(b / a).toFixed(2)})` : ''}`,
      );
    }
  } else
    console.log(
      '\n1.5x rule: needs the 1000-posting build and a larger one (run without --only/--sizes).',
    );

  printLighthouse(report);

  console.log('\nJS budgets (scripts/lib/budgets.ts, gzip, first load):');
  for (const b of JS_BUDGETS) console.log(`  ${b.label.padEnd(44)} ${kb(b.gzip)}`);
  console.log(
    `  every page: HTML + CSS under ${kb(PAGE_HTML_CSS_GZIP)} gzip; text pages: no JavaScript but one site-wide module under ${kb(SITE_WIDE_SCRIPT_GZIP)}`,
  );
  for (const [route, e] of Object.entries(HTML_CSS_EXCEPTIONS))
    console.log(`  exception: ${route} up to ${kb(e.gzip)}: ${e.why}`);
}

/** Lighthouse scores per page type of each build audited (--lighthouse): performance, accessibility, best practices, SEO. */
function printLighthouse(report: BenchReport): void {
  for (const r of report.runs) {
    if (!r.lighthouse) continue;
    console.log(`\nLighthouse (mobile), ${r.label}:`);
    if ('skipped' in r.lighthouse) {
      console.log(`  ${r.lighthouse.skipped}`);
      continue;
    }
    table([
      ['page type', 'page', 'perf.', 'a11y', 'best pr.', 'SEO'],
      ...r.lighthouse.map((l) => [
        l.type,
        new URL(l.url).pathname + new URL(l.url).search,
        ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) => l.scores[c] ?? '–'),
      ]),
    ]);
  }
}

/** The issue's targets (issue 17), checked against this run: ok, OVER, or not measured. */
export function printTargets(report: BenchReport): void {
  const runs = report.runs;
  const at = (n: number) => runs.find((r) => r.postings === n);
  const current = at(0);
  const rows: string[][] = [['target', 'measured', '']];
  const check = (
    name: string,
    value: number | undefined,
    limit: number,
    fmt: (n: number) => string,
  ) =>
    rows.push([
      name,
      value === undefined ? 'not measured' : `${fmt(value)} / ${fmt(limit)}`,
      value === undefined ? '' : value <= limit ? 'ok' : 'OVER',
    ]);
  const ms = (n: number) => `${n} ms`;
  const mib = (n: number) => `${n} MiB`;
  const count = (n: number) => n.toLocaleString('en-US');
  const base = current ? fqBytes(current.firstQuery) : undefined;
  for (const r of runs.filter((x) => x.postings > 0)) {
    const fq = fqBytes(r.firstQuery);
    if (r.postings === 10_000) check('first search at 10,000 postings', fq, 150 * 1024, kb);
    if (base !== undefined)
      check(`first search at ${r.label}, vs. no postings (+50%)`, fq, Math.round(base * 1.5), kb);
    check(`/jobs/ first visit at ${r.label}`, jobsOf(r)?.firstVisitBytes, 20 * 1024, kb);
    if (r.postings === 10_000) {
      const jobs = jobsOf(r);
      check(
        `state selection at 10,000, CPU 4x slower, each state the first time, its file downloaded (median; max ${jobs?.stateChange.maxMs ?? '?'} ms)`,
        jobs?.stateChange.medianMs,
        50,
        ms,
      );
      check(
        `state selection at 10,000, CPU 4x slower, its postings here (median; max ${jobs?.stateChangeAgain.maxMs ?? '?'} ms)`,
        jobs?.stateChangeAgain.medianMs,
        50,
        ms,
      );
    }
    check(`peak memory at ${r.label}`, r.build.peakMiB ?? undefined, 4096, mib);
    if (r.postings === 10_000)
      check('files at 10,000 postings', r.build.outputFiles, 19_999, count);
  }
  // Linear growth: per-page time of the build and of each step at each size against 1,000 postings.
  const small = at(1000);
  for (const large of runs.filter((r) => r.postings > 1000)) {
    if (!small) break;
    const per = (r: RunReport, s?: string) =>
      (s ? (r.build.steps[s] ?? 0) : r.build.seconds) / r.build.pages;
    const ratio = per(large) / per(small);
    rows.push([
      `time per page at ${large.label} vs. 1,000`,
      `x${ratio.toFixed(2)} / x1.50`,
      ratio <= 1.5 ? 'ok' : 'OVER',
    ]);
    const growing = Object.keys(large.build.steps).filter(
      (s) => per(small, s) * small.build.pages > 1 && per(large, s) / per(small, s) > 1.5,
    );
    rows.push([
      `steps growing faster than linearly at ${large.label}`,
      growing.length ? growing.join(', ') : 'none',
      growing.length ? 'OVER' : 'ok',
    ]);
  }
  console.log('\n══ Targets (issue 17) ══');
  table(rows);
}

/** The ratios b / a of the figures two reports share, as text. */
export function compare(a: BenchReport, b: BenchReport): string {
  const out: string[] = [`Ratios: ${b.date} / ${a.date} (below 1 means smaller or faster)`, ''];
  const ratio = (x: number | undefined, y: number | undefined) =>
    x && y !== undefined ? (y / x).toFixed(2) : 'n/a';
  for (const rb of b.runs) {
    const ra = a.runs.find((r) => r.label === rb.label);
    if (!ra) continue;
    const ja = jobsOf(ra);
    const jb = jobsOf(rb);
    out.push(
      `${rb.label}: time x${ratio(ra.build.seconds, rb.build.seconds)}, pages/s x${ratio(ra.build.pagesPerSecond, rb.build.pagesPerSecond)}, memory x${ratio(ra.build.peakMiB ?? 0, rb.build.peakMiB ?? 0)}, output x${ratio(ra.build.outputBytes, rb.build.outputBytes)}, files x${ratio(ra.build.outputFiles, rb.build.outputFiles)} (${ra.build.outputFiles} → ${rb.build.outputFiles}), Pagefind x${ratio(ra.build.pagefindBytes, rb.build.pagefindBytes)}, first search x${ratio(fqBytes(ra.firstQuery), fqBytes(rb.firstQuery))}, /jobs/ first visit x${ratio(ja?.firstVisitBytes, jb?.firstVisitBytes)}, first state selection fetched x${ratio(ja?.firstState?.bytes, jb?.firstState?.bytes)}, state change x${ratio(ja?.stateChange.medianMs, jb?.stateChange.medianMs)}`,
    );
    const rows: (string | number)[][] = [['page type', 'HTML gz', 'CSS gz', 'JS gz', 'requests']];
    for (const pb of rb.pages) {
      const pa = ra.pages.find((p) => p.type === pb.type);
      if (pa)
        rows.push([
          pb.type,
          `x${ratio(pa.html.gzip, pb.html.gzip)}`,
          `x${ratio(pa.css.gzip, pb.css.gzip)}`,
          `x${ratio(jsTotal(pa), jsTotal(pb))}`,
          `x${ratio(pa.requests, pb.requests)}`,
        ]);
    }
    out.push(...tableLines(rows), '');
  }
  if (a.filter.available && b.filter.available)
    out.push(
      `job filter median x${ratio(a.filter.medianMs!, b.filter.medianMs!)}, p95 x${ratio(a.filter.p95Ms!, b.filter.p95Ms!)}`,
    );
  return out.join('\n');
}
