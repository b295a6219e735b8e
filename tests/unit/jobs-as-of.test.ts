import { describe, expect, it } from 'vitest';
import { isOpen, jobsAsOf } from '#src/lib/jobs/as-of.ts';

describe('deciding whether a posting is open', () => {
  const asOf = jobsAsOf({ JOBS_AS_OF: '2026-11-23' });
  it('keeps a posting open through its last day and closes it the day after', () => {
    expect(
      isOpen({ datePosted: new Date('2026-11-01'), validThrough: new Date('2026-11-23') }, asOf),
    ).toBe(true);
    expect(
      isOpen(
        { datePosted: new Date('2026-11-01'), validThrough: new Date('2026-11-23T23:59:00Z') },
        asOf,
      ),
    ).toBe(true);
    expect(
      isOpen({ datePosted: new Date('2026-11-01'), validThrough: new Date('2026-11-22') }, asOf),
    ).toBe(false);
  });
  it('uses today in UTC when no date is pinned', () => {
    expect(jobsAsOf({}, new Date('2027-03-04T22:10:00-05:00')).toISOString()).toBe(
      '2027-03-05T00:00:00.000Z',
    );
  });
  it('refuses a pinned date that is not YYYY-MM-DD, saying how to fix it', () => {
    expect(() => jobsAsOf({ JOBS_AS_OF: '23/11/2026' })).toThrow(
      'JOBS_AS_OF="23/11/2026" is not a date. Use the form YYYY-MM-DD',
    );
  });
});
