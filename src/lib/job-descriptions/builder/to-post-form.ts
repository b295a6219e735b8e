/**
 * The builder's fields as the "Post a job" form's values, so an employer who built a description types none
 * of it again: title, employer, place, remote, setting, employment type, pay, license, certifications, the
 * description itself (as Markdown), the closing date, and a link or email found in "How to apply".
 */
import { EMPLOYMENT_TYPES, JOB_SETTINGS } from '#src/schemas/vocabulary/jobs.ts';
import type { PostForm } from '../../jobs/post/form.ts';
import { toMarkdown, type JdDoc } from '../render.ts';
import type { BuilderState } from './types.ts';

const TYPE_BY_SCHEMA = Object.fromEntries(
  Object.entries(EMPLOYMENT_TYPES).map(([key, t]) => [t.schemaOrg, key]),
) as Record<string, string>;

export function builderToPostForm(s: BuilderState, doc: JdDoc): Partial<PostForm> {
  const url = /https?:\/\/[^\s<>()]+[^\s<>().,;:]/i.exec(s.howToApply)?.[0] ?? '';
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(s.howToApply)?.[0] ?? '';
  return {
    title: doc.title,
    employerName: s.organization.trim(),
    employerUrl: s.organizationUrl.trim(),
    city: s.remote ? '' : s.city.trim(),
    state: s.remote ? '' : s.state,
    remote: s.remote,
    // The builder's remote jobs are open to the chosen state, or anywhere without one.
    remoteWhere: s.remote && s.state ? 'states' : 'US',
    remoteStates: s.remote ? s.state : '',
    // Template variants named after a board setting carry over; the others are chosen on the form.
    setting: s.variant in JOB_SETTINGS ? s.variant : '',
    employmentType: TYPE_BY_SCHEMA[s.employmentType] ?? '',
    payMin: s.payMin.trim(),
    payMax: s.payMax.trim(),
    payPer: s.payMin.trim() ? s.payPeriod : '',
    licenses: s.license,
    certifications: s.certifications.join(', '),
    description: toMarkdown(doc),
    validThrough: s.closingDate,
    applyUrl: url,
    applyEmail: url ? '' : email,
  };
}
