/** A job summary for unit tests: a full-time hospital posting in Austin, TX, with any field overridden. */
import { decodeJobSummary, type JobSummary, type JobSummaryJson } from '#src/lib/jobs/summary.ts';

export const job = (over: Partial<JobSummaryJson> & { id: string }): JobSummary =>
  decodeJobSummary({
    t: 'Case Manager',
    e: 'Acme',
    c: 'Austin',
    s: 'TX',
    r: null,
    g: 'hospital',
    y: 'full-time',
    p: null,
    l: [],
    d: '2026-11-01',
    ...over,
  });
