import { annualBottom, annualTop, inState, type JobSummary } from './summary.ts';

/** What a visitor can narrow the job list by. Every field is optional; empty means "any". */
export interface JobFilters {
  /** Words that must all appear in the title, employer, city, state or licenses. */
  q?: string;
  /** A postal code: jobs there, plus remote jobs open to people living there. */
  state?: string;
  /** A setting key. */
  setting?: string;
  /** An employment type key. */
  type?: string;
  /**
   * Minimum pay per year: jobs whose lowest pay offered (the bottom of the range) is at least this much, so every
   * job shown pays it (hourly pay counted at 2,080 hours). Jobs without pay drop out.
   */
  minPay?: number;
  /** "remote" for remote jobs only, "onsite" for on-site only. */
  remote?: 'remote' | 'onsite';
  /** "none" for jobs that require no license, or license letters ("LCSW"). */
  license?: string;
}

export type JobSort = 'date' | 'pay';

let lastQuery: { q: string; words: string[] } | undefined;
/** A query's words, lower case; the last query's are kept, since every posting is checked against it. */
const words = (q: string): string[] => {
  if (lastQuery?.q !== q) lastQuery = { q, words: q.toLowerCase().split(/\s+/).filter(Boolean) };
  return lastQuery.words;
};
/**
 * The text a query searches, built once per posting and table of state names (the same summaries are filtered
 * on every change).
 */
const textsByNames = new WeakMap<Record<string, string>, WeakMap<JobSummary, string>>();
const haystack = (j: JobSummary, stateNames: Record<string, string>): string => {
  let texts = textsByNames.get(stateNames);
  if (!texts) textsByNames.set(stateNames, (texts = new WeakMap()));
  let text = texts.get(j);
  if (text === undefined) {
    text = [j.title, j.employer, j.city, j.state, stateNames[j.state] ?? '', ...j.licenses]
      .join(' ')
      .toLowerCase();
    texts.set(j, text);
  }
  return text;
};

/** Returned by failedFilter for a posting that fails two or more filters. */
export const MANY = 'many' as const;

/**
 * Which filter one posting fails: undefined for none, the filter's name when it fails exactly one, MANY when it
 * fails more (facet counts need no more than that). Allocates nothing: it runs for every posting on every change.
 */
export function failedFilter(
  j: JobSummary,
  f: JobFilters,
  stateNames: Record<string, string> = {},
): keyof JobFilters | typeof MANY | undefined {
  let one: keyof JobFilters | undefined;
  if (f.state && !inState(j, f.state)) one = 'state';
  if (f.setting && j.setting !== f.setting) {
    if (one) return MANY;
    one = 'setting';
  }
  if (f.type && j.type !== f.type) {
    if (one) return MANY;
    one = 'type';
  }
  if (f.remote && (f.remote === 'remote') !== (j.remote !== null)) {
    if (one) return MANY;
    one = 'remote';
  }
  if (
    f.license &&
    (f.license === 'none' ? j.licenses.length > 0 : !j.licenses.includes(f.license))
  ) {
    if (one) return MANY;
    one = 'license';
  }
  if (f.minPay) {
    const bottom = annualBottom(j);
    if (bottom === null || bottom < f.minPay) {
      if (one) return MANY;
      one = 'minPay';
    }
  }
  if (f.q) {
    const text = haystack(j, stateNames);
    if (!words(f.q).every((w) => text.includes(w))) {
      if (one) return MANY;
      one = 'q';
    }
  }
  return one;
}

/** Whether one posting passes every filter except the one named in `skip`. */
export function matches(
  j: JobSummary,
  f: JobFilters,
  stateNames: Record<string, string> = {},
  skip?: keyof JobFilters,
): boolean {
  const failed = failedFilter(j, f, stateNames);
  return failed === undefined || failed === skip;
}

/** The postings that pass every filter, in their original order. */
export const filterJobs = (
  jobs: JobSummary[],
  f: JobFilters,
  stateNames: Record<string, string> = {},
): JobSummary[] => jobs.filter((j) => matches(j, f, stateNames));

/**
 * The same order as sortJobs for postings that are already newest first (as /jobs/index.json and its shards are): nothing to do
 * for "date", and a stable sort by pay alone for "pay" (ties keep their newest-first order). Returns a new array.
 */
export function sortNewestFirst(jobs: JobSummary[], sort: JobSort): JobSummary[] {
  if (sort === 'date') return [...jobs];
  const tops = new Map(jobs.map((j) => [j, annualTop(j)]));
  return [...jobs].sort((a, b) => {
    const pa = tops.get(a)!;
    const pb = tops.get(b)!;
    if (pa === pb) return 0;
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pb - pa;
  });
}

/**
 * The board's order, newest first: by date posted, then title (US English collation, the same on the server
 * and in every browser), then id, so the order is total and two newest-first lists can be merged into exactly
 * the order of the whole board (src/lib/jobs/index-shards.ts).
 */
export function newestFirst(a: JobSummary, b: JobSummary): number {
  if (a.posted !== b.posted) return a.posted < b.posted ? 1 : -1;
  return a.title.localeCompare(b.title, 'en-US') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Newest first (see newestFirst), or highest pay first with postings without pay last (ties newest first).
 * Returns a new array.
 */
export function sortJobs(jobs: JobSummary[], sort: JobSort): JobSummary[] {
  const byDate = newestFirst;
  if (sort === 'date') return [...jobs].sort(byDate);
  return [...jobs].sort((a, b) => {
    const pa = annualTop(a);
    const pb = annualTop(b);
    if (pa === pb) return byDate(a, b);
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pb - pa;
  });
}
