import type { PayPeriod } from '#src/schemas/vocabulary/pay.ts';
import { EMPLOYMENT_TYPES, JOB_SETTINGS } from '#src/schemas/vocabulary/jobs.ts';
import type { Job } from '#src/schemas/job.ts';
import { US_STATES } from '#src/schemas/vocabulary/us-states.ts';
import { formatCents, formatDollars } from '../text/format.ts';

type Place = Pick<Job, 'location' | 'remote'>;

/** "Boston, MA"; "Remote (anywhere in the US)"; "Remote (MA, NH or VT)". */
export function placeLabel(j: { location?: Place['location']; remote?: Place['remote'] }): string {
  const parts: string[] = [];
  if (j.location) parts.push(`${j.location.city}, ${j.location.state}`);
  if (j.remote) {
    const where = j.remote.eligible === 'US' ? 'anywhere in the US' : listOr(j.remote.eligible);
    parts.push(`Remote (${where})`);
  }
  return parts.join(' · ');
}

/** ["MA"] -> "MA"; ["MA","NH","VT"] -> "MA, NH or VT". */
export const listOr = (xs: readonly string[]): string =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`;

const money = (n: number, per: PayPeriod) =>
  per === 'hour' && !Number.isInteger(n) ? formatCents(n) : formatDollars(n);

/** "$78,000–$92,000 a year", "$44–$50 an hour", "$30 an hour"; "Not stated" without pay. */
export function payLabel(pay: Job['pay'] | null): string {
  if (!pay) return 'Not stated';
  const range =
    pay.max !== undefined && pay.max !== pay.min
      ? `${money(pay.min, pay.per)}–${money(pay.max, pay.per)}`
      : money(pay.min, pay.per);
  return `${range} ${pay.per === 'hour' ? 'an hour' : 'a year'}`;
}

export const settingLabel = (key: string): string =>
  JOB_SETTINGS[key as keyof typeof JOB_SETTINGS] ?? key;
export const typeLabel = (key: string): string =>
  EMPLOYMENT_TYPES[key as keyof typeof EMPLOYMENT_TYPES]?.label ?? key;
export const stateName = (code: string): string =>
  US_STATES[code as keyof typeof US_STATES] ?? code;

/** The path of a posting and of a state's job list. */
export const jobHref = (id: string): string => `/jobs/${id}/`;
export const stateJobsHref = (code: string): string => `/jobs/state/${code.toLowerCase()}/`;

/** Where a posting came from, in words. */
export function sourceLabel(name: Job['source']['name']): string {
  return {
    example: 'an example posting written for this site',
    usajobs: 'USAJOBS, the federal government’s job site',
    ats: 'the employer’s applicant tracking system',
    employer: 'submitted by the employer',
    greenhouse: 'the employer’s job board on Greenhouse',
    lever: 'the employer’s job board on Lever',
    ashby: 'the employer’s job board on Ashby',
    smartrecruiters: 'the employer’s job board on SmartRecruiters',
  }[name];
}
