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

const words = (q: string): string[] => q.toLowerCase().split(/\s+/).filter(Boolean);
const haystack = (j: JobSummary, stateNames: Record<string, string>): string =>
  [j.t, j.e, j.c, j.s, stateNames[j.s] ?? '', ...j.l].join(' ').toLowerCase();

/** Whether one posting passes every filter except the one named in `skip` (used for facet counts). */
export function matches(
  j: JobSummary,
  f: JobFilters,
  stateNames: Record<string, string> = {},
  skip?: keyof JobFilters,
): boolean {
  if (skip !== 'state' && f.state && !inState(j, f.state)) return false;
  if (skip !== 'setting' && f.setting && j.g !== f.setting) return false;
  if (skip !== 'type' && f.type && j.y !== f.type) return false;
  if (skip !== 'remote' && f.remote && (f.remote === 'remote') !== (j.r !== null)) return false;
  if (
    skip !== 'license' &&
    f.license &&
    (f.license === 'none' ? j.l.length > 0 : !j.l.includes(f.license))
  )
    return false;
  if (skip !== 'minPay' && f.minPay) {
    const bottom = annualBottom(j);
    if (bottom === null || bottom < f.minPay) return false;
  }
  if (skip !== 'q' && f.q) {
    const text = haystack(j, stateNames);
    if (!words(f.q).every((w) => text.includes(w))) return false;
  }
  return true;
}

/** The postings that pass every filter, in their original order. */
export const filterJobs = (
  jobs: JobSummary[],
  f: JobFilters,
  stateNames: Record<string, string> = {},
): JobSummary[] => jobs.filter((j) => matches(j, f, stateNames));

/**
 * Newest first (ties by title), or highest pay first with postings without pay last (ties newest first).
 * Returns a new array.
 */
export function sortJobs(jobs: JobSummary[], sort: JobSort): JobSummary[] {
  const byDate = (a: JobSummary, b: JobSummary) =>
    a.d === b.d ? a.t.localeCompare(b.t) : a.d < b.d ? 1 : -1;
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
