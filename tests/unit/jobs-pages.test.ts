import { describe, expect, it } from 'vitest';
import {
  JOBS_PAGE_SIZE,
  jobListHref,
  pageCount,
  pageItems,
  stateListHref,
} from '#src/lib/jobs/pages.ts';

describe('paging job lists', () => {
  const all = Array.from({ length: 2 * JOBS_PAGE_SIZE + 3 }, (_, i) => i);
  it('fills pages of 50, always at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(JOBS_PAGE_SIZE)).toBe(1);
    expect(pageCount(all.length)).toBe(3);
    expect(pageItems(all, 3)).toEqual([100, 101, 102]);
    expect(pageItems(all, 1)).toHaveLength(JOBS_PAGE_SIZE);
  });
  it('puts the first page at the list address and later ones under page/', () => {
    expect(jobListHref(1)).toBe('/jobs/');
    expect(jobListHref(2)).toBe('/jobs/page/2/');
    expect(stateListHref('TX', 1)).toBe('/jobs/state/tx/');
    expect(stateListHref('TX', 3)).toBe('/jobs/state/tx/page/3/');
  });
});
