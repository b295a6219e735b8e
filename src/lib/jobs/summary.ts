import type { PayPeriod } from '#src/schemas/vocabulary/pay.ts';
import type { Job } from '#src/schemas/job.ts';
import { HOURS_PER_YEAR } from '../pay/wages.ts';
import { isoDate } from '#src/lib/text/format.ts';

/**
 * The compact form of an open posting that the job list, its filters and /jobs/index.json use.
 * Short keys keep the index small at 10,000 postings; every field is plain text or a number.
 */
export interface JobSummary {
  /** Id, also the URL slug. */
  id: string;
  /** Title. */
  t: string;
  /** Employer name. */
  e: string;
  /** City, or "" for remote jobs. */
  c: string;
  /** State code of the workplace, or "" for remote jobs. */
  s: string;
  /** Remote: "US" (anywhere), the state codes applicants may live in, or null for on-site jobs. */
  r: 'US' | string[] | null;
  /** Setting key. */
  g: string;
  /** Employment type key. */
  y: string;
  /** Pay as published: [min, max or min, "hour" | "year"], or null. */
  p: [number, number, PayPeriod] | null;
  /** Licenses required (letters). */
  l: string[];
  /** Date posted, YYYY-MM-DD. */
  d: string;
  /** True for the site's example postings. */
  x?: true;
}

/** A posting as its compact summary. */
export function summarizeJob(job: Job): JobSummary {
  return {
    id: job.id,
    t: job.title,
    e: job.employer.name,
    c: job.location?.city ?? '',
    s: job.location?.state ?? '',
    r: job.remote ? job.remote.eligible : null,
    g: job.setting,
    y: job.employmentType,
    p: job.pay ? [job.pay.min, job.pay.max ?? job.pay.min, job.pay.per] : null,
    l: job.licenseRequired,
    d: isoDate(job.datePosted),
    ...(job.example ? { x: true as const } : {}),
  };
}

/** The top of the pay range as a yearly figure (hourly pay x 2,080 hours, as BLS converts), or null without pay. */
export const annualTop = (j: JobSummary): number | null =>
  j.p ? (j.p[2] === 'hour' ? j.p[1] * HOURS_PER_YEAR : j.p[1]) : null;

/** The bottom of the pay range (the lowest pay offered) as a yearly figure, or null without pay. */
export const annualBottom = (j: JobSummary): number | null =>
  j.p ? (j.p[2] === 'hour' ? j.p[0] * HOURS_PER_YEAR : j.p[0]) : null;

/** Whether a posting is open to someone in a state: it is there, or it is remote and open to that state. */
export const inState = (j: JobSummary, code: string): boolean =>
  j.s === code || j.r === 'US' || (Array.isArray(j.r) && j.r.includes(code));
