import type { PayPeriod } from '#src/schemas/vocabulary/pay.ts';
import type { Job } from '#src/schemas/job.ts';
import { HOURS_PER_YEAR } from '../pay/wages.ts';
import { isoDate } from '#src/lib/text/format.ts';

/** The summary of an open posting that the job list, its filters and the list pages work with. */
export interface JobSummary {
  /** Id, also the URL slug. */
  id: string;
  title: string;
  /** Employer name. */
  employer: string;
  /** City, or "" for remote jobs. */
  city: string;
  /** State code of the workplace, or "" for remote jobs. */
  state: string;
  /** Remote: "US" (anywhere), the state codes applicants may live in, or null for on-site jobs. */
  remote: 'US' | string[] | null;
  /** Setting key. */
  setting: string;
  /** Employment type key. */
  type: string;
  /** Pay as published (max is min when the posting gives one figure), or null. */
  pay: { min: number; max: number; per: PayPeriod } | null;
  /** Licenses required (letters). */
  licenses: string[];
  /** Date posted, YYYY-MM-DD. */
  posted: string;
  /** True for the site's example postings. */
  example?: true;
}

/**
 * A summary as /jobs/index.json carries it: one-letter keys keep the index small at 10,000 postings; every field
 * is plain text or a number. Only encodeJobSummary and decodeJobSummary know these keys.
 */
export interface JobSummaryJson {
  id: string;
  t: string;
  e: string;
  c: string;
  s: string;
  r: 'US' | string[] | null;
  g: string;
  y: string;
  /** [min, max or min, period]. */
  p: [number, number, PayPeriod] | null;
  l: string[];
  d: string;
  x?: true;
}

/** A posting as its summary. */
export function summarizeJob(job: Job): JobSummary {
  return {
    id: job.id,
    title: job.title,
    employer: job.employer.name,
    city: job.location?.city ?? '',
    state: job.location?.state ?? '',
    remote: job.remote ? job.remote.eligible : null,
    setting: job.setting,
    type: job.employmentType,
    pay: job.pay ? { min: job.pay.min, max: job.pay.max ?? job.pay.min, per: job.pay.per } : null,
    licenses: job.licenseRequired,
    posted: isoDate(job.datePosted),
    ...(job.example ? { example: true as const } : {}),
  };
}

/** A summary in the index's compact JSON form (what /jobs/index.json writes). */
export const encodeJobSummary = (j: JobSummary): JobSummaryJson => ({
  id: j.id,
  t: j.title,
  e: j.employer,
  c: j.city,
  s: j.state,
  r: j.remote,
  g: j.setting,
  y: j.type,
  p: j.pay ? [j.pay.min, j.pay.max, j.pay.per] : null,
  l: j.licenses,
  d: j.posted,
  ...(j.example ? { x: true as const } : {}),
});

/** A summary back from the index's compact JSON form (what the /jobs/ filters read). */
export const decodeJobSummary = (j: JobSummaryJson): JobSummary => ({
  id: j.id,
  title: j.t,
  employer: j.e,
  city: j.c,
  state: j.s,
  remote: j.r,
  setting: j.g,
  type: j.y,
  pay: j.p ? { min: j.p[0], max: j.p[1], per: j.p[2] } : null,
  licenses: j.l,
  posted: j.d,
  ...(j.x ? { example: true as const } : {}),
});

/** The top of the pay range as a yearly figure (hourly pay x 2,080 hours, as BLS converts), or null without pay. */
export const annualTop = (j: JobSummary): number | null =>
  j.pay ? (j.pay.per === 'hour' ? j.pay.max * HOURS_PER_YEAR : j.pay.max) : null;

/** The bottom of the pay range (the lowest pay offered) as a yearly figure, or null without pay. */
export const annualBottom = (j: JobSummary): number | null =>
  j.pay ? (j.pay.per === 'hour' ? j.pay.min * HOURS_PER_YEAR : j.pay.min) : null;

/** Whether a posting is open to someone in a state: it is there, or it is remote and open to that state. */
export const inState = (j: JobSummary, code: string): boolean =>
  j.state === code || j.remote === 'US' || (Array.isArray(j.remote) && j.remote.includes(code));
