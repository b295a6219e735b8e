import { describe, expect, it } from 'vitest';
import { filterJobs } from '#src/lib/jobs/filter.ts';
import { MIN_PAY_LABEL } from '#src/lib/jobs/filter-options.ts';
import { listStatus } from '#src/lib/jobs/list-status.ts';
import { descriptionHtml } from '#src/lib/jobs/description.ts';
import { isOpen, isPublished } from '#src/lib/jobs/as-of.ts';
import type { JobSummaryJson } from '#src/lib/jobs/summary.ts';
import { job as fixtureJob } from '../job-summary-fixture.ts';

/** Edge cases on the job pages found by probing (issue 13). */

/** The shared test posting (a full-time hospital job in Austin, TX) with this id and pay. */
const job = (id: string, p: JobSummaryJson['p']) => fixtureJob({ id, p });

describe('the minimum-pay filter means the bottom of the range, and says so', () => {
  const jobs = [
    job('85-108k', [85000, 108000, 'year']),
    job('100-120k', [100000, 120000, 'year']),
    job('50-60-an-hour', [50, 60, 'hour']), // 104,000 to 124,800 a year
    job('single-100k', [100000, 100000, 'year']),
  ];
  it('"$100,000 or more" leaves out a posting paid $85k–$108k', () => {
    expect(filterJobs(jobs, { minPay: 100000 }).map((j) => j.id)).toEqual([
      '100-120k',
      '50-60-an-hour',
      'single-100k',
    ]);
  });
  it('the label says the lowest pay offered is compared', () => {
    expect(MIN_PAY_LABEL).toMatch(/lowest pay offered/i);
  });
});

describe('the job list status line', () => {
  it('with no open postings and no filter set, says there are none, not "try removing one"', () => {
    expect(listStatus({ matched: 0, shown: 0, total: 0, filtered: false })).toBe(
      'There are no open jobs right now. Check back soon.',
    );
  });
  it('with filters that match nothing, suggests removing one', () => {
    expect(listStatus({ matched: 0, shown: 0, total: 12, filtered: true })).toBe(
      'No open jobs match these filters. Try removing one.',
    );
  });
  it('counts what is shown', () => {
    expect(listStatus({ matched: 3, shown: 3, total: 12, filtered: true })).toBe(
      'Showing 3 of 3 open jobs.',
    );
  });
});

describe('links and images in descriptions', () => {
  it('mailto links keep only the address (no bcc, cc or body)', () => {
    const html = descriptionHtml(
      '[Apply](mailto:jobs@acme.example.org?bcc=spy@evil.example&body=Send%20your%20SSN)',
    );
    expect(html).toContain('href="mailto:jobs@acme.example.org"');
    expect(html).not.toMatch(/bcc|body=|spy@/);
  });
  it('links with a user name or password lose their address', () => {
    const html = descriptionHtml(
      'See [our site](https://acme.example.org:pw@evil.example/) and <https://user@evil.example/x>.',
    );
    expect(html).not.toMatch(/href=/);
    expect(html).toContain('our site');
  });
  it('a Markdown image shows its alt text, not the literal text <img />', () => {
    const html = descriptionHtml(
      'Our team: ![Five case managers at a table](https://x.example/t.png)',
    );
    expect(html).not.toMatch(/&lt;img|<img/);
    expect(html).toContain('Five case managers at a table');
  });
});

describe('a posting dated in the future', () => {
  const asOf = new Date('2026-11-23T00:00:00Z');
  const future = { datePosted: new Date('2026-11-24'), validThrough: new Date('2026-12-31') };
  it('is not published, nor open, until its day', () => {
    expect(isPublished(future, asOf)).toBe(false);
    expect(isOpen(future, asOf)).toBe(false);
    expect(isPublished(future, new Date('2026-11-24T00:00:00Z'))).toBe(true);
    expect(isOpen(future, new Date('2026-11-24T00:00:00Z'))).toBe(true);
  });
});
