/** The benchmark's report: what index.ts writes to reports/bench/ and print.ts prints and compares. */
import type { BuildResult } from './build.ts';
import type { FirstQuery } from './first-query.ts';
import type { FilterTime } from './filter-time.ts';
import type { JobsBrowser } from './jobs-browser.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageWeight, Weight } from '../lib/page-weight.ts';

/** One build (the site as it is, or with N synthetic postings) and what it cost. */
export interface RunReport {
  label: string;
  postings: number;
  build: BuildResult;
  pages: (PageWeight & { type: string })[];
  /** Data files that grow with the postings: the job list's index and the feeds. */
  dataFiles: (Weight & { path: string })[];
  firstQuery: FirstQuery | { skipped: string };
  /** /jobs/ in the browser: first visit and filter changes (runs with postings only). */
  jobs?: JobsBrowser | { skipped: string };
  /** Lighthouse scores per page type (with --lighthouse). */
  lighthouse?: LighthouseResult[] | { skipped: string };
}

/** A whole benchmark run, as saved in reports/bench/<timestamp>.json. */
export interface BenchReport {
  /** When it ran (ISO timestamp). */
  date: string;
  /** The day synthetic postings are open on (JOBS_AS_OF). */
  asOf: string;
  /** The Node version that ran it. */
  node: string;
  runs: RunReport[];
  filter: FilterTime;
}
