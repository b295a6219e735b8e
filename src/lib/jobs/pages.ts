/** How many postings each server-rendered page of /jobs/ shows (the filter script pages by the same size). */
export const JOBS_PAGE_SIZE = 50;

/** How many list pages a number of postings fills (at least one, even when empty). */
export const pageCount = (n: number): number => Math.max(1, Math.ceil(n / JOBS_PAGE_SIZE));

/** The postings on list page n (1-based). */
export const pageItems = <T>(all: T[], n: number): T[] =>
  all.slice((n - 1) * JOBS_PAGE_SIZE, n * JOBS_PAGE_SIZE);

/** The path of list page n: /jobs/ for the first, /jobs/page/n/ after it. */
export const jobListHref = (n: number): string => (n <= 1 ? '/jobs/' : `/jobs/page/${n}/`);

/** The path of page n of a state's job list: /jobs/state/tx/ for the first, /jobs/state/tx/page/n/ after it. */
export const stateListHref = (code: string, n: number): string =>
  `/jobs/state/${code.toLowerCase()}/${n <= 1 ? '' : `page/${n}/`}`;
