/** The benchmark's tables: one per build, a summary with the 1.5x rule and the budgets, and the comparison of two reports. */
import {
  JS_BUDGETS,
  HTML_CSS_EXCEPTIONS,
  PAGE_HTML_CSS_GZIP,
  SITE_WIDE_SCRIPT_GZIP,
  htmlCssBudgetFor,
  jsBudgetFor,
} from '../../tests/budgets.ts';
import { kb } from '../../tests/page-weight.ts';
import type { BenchReport, RunReport } from './index.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const table = (rows: (string | number)[][]) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const [i, r] of rows.entries()) {
    console.log(
      r
        .map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c])))
        .join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
};
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
      `  first search "${fq.query}": ${fq.results} results shown, ${fq.requests} requests, ${kb(fq.bytes)} under /pagefind/ (${Object.entries(
        fq.byKind,
      )
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')}), ${fq.ms} ms`,
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
        : `${kb(r.firstQuery.bytes)}, ${r.firstQuery.requests} req`,
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
      const b = (large.build.steps[step] / large.build.pages) * 1000;
      console.log(
        `    ${step.padEnd(14)} ${a.toFixed(2).padStart(7)} → ${b.toFixed(2).padStart(7)}${a > 0 ? `  (x${(b / a).toFixed(2)})` : ''}`,
      );
    }
  } else
    console.log(
      '\n1.5x rule: needs the 1000-posting build and a larger one (run without --only/--sizes).',
    );

  console.log('\nJS budgets (tests/budgets.ts, gzip, first load):');
  for (const b of JS_BUDGETS) console.log(`  ${b.label.padEnd(44)} ${kb(b.gzip)}`);
  console.log(
    `  every page: HTML + CSS under ${kb(PAGE_HTML_CSS_GZIP)} gzip; text pages: no JavaScript but one site-wide module under ${kb(SITE_WIDE_SCRIPT_GZIP)}`,
  );
  for (const [route, e] of Object.entries(HTML_CSS_EXCEPTIONS))
    console.log(`  exception: ${route} up to ${kb(e.gzip)}: ${e.why}`);
}

/** Print b / a for the figures two reports share. */
export function compare(a: BenchReport, b: BenchReport): void {
  console.log(`Ratios: ${b.date} / ${a.date} (below 1 means smaller or faster)\n`);
  const ratio = (x: number, y: number) => (x ? (y / x).toFixed(2) : 'n/a');
  for (const rb of b.runs) {
    const ra = a.runs.find((r) => r.label === rb.label);
    if (!ra) continue;
    console.log(
      `${rb.label}: time x${ratio(ra.build.seconds, rb.build.seconds)}, pages/s x${ratio(ra.build.pagesPerSecond, rb.build.pagesPerSecond)}, memory x${ratio(ra.build.peakMiB ?? 0, rb.build.peakMiB ?? 0)}, output x${ratio(ra.build.outputBytes, rb.build.outputBytes)}, files x${ratio(ra.build.outputFiles, rb.build.outputFiles)}, Pagefind x${ratio(ra.build.pagefindBytes, rb.build.pagefindBytes)}`,
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
    table(rows);
    console.log('');
  }
  if (a.filter.available && b.filter.available)
    console.log(
      `job filter median x${ratio(a.filter.medianMs!, b.filter.medianMs!)}, p95 x${ratio(a.filter.p95Ms!, b.filter.p95Ms!)}`,
    );
}
