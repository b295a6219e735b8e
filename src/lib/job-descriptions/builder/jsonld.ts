import { readableJsonLd } from '../../jsonld/serialize';
import { jobPosting as postingFrom } from '../../jsonld/job-posting';
import { isCalendarDay } from '#src/schemas/calendar-day.ts';
import { parseAmount } from '../../forms/validate';
import { toHtml } from './to-html';
import type { JdDoc } from '../render';
import type { BuilderData, BuilderState } from './types';

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
const isHttpUrl = (s: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
};

/**
 * schema.org JobPosting for the description, the structured data search engines read from a job page.
 * `today` is the posting date (YYYY-MM-DD). Optional parts are left out when the employer has not filled them.
 * The same generator as the job board's postings (src/lib/jobs/jsonld.ts), fed from the builder's fields.
 */
export function jobPosting(s: BuilderState, data: BuilderData, doc: JdDoc, today: string) {
  const st = data.states.find((x) => x.code === s.state);
  const min = parseAmount(s.payMin);
  const max = parseAmount(s.payMax);
  const url = clean(s.organizationUrl);
  return postingFrom({
    title: doc.title,
    descriptionHtml: toHtml(doc),
    datePosted: new Date(`${today}T00:00:00Z`),
    ...(isCalendarDay(s.closingDate)
      ? { validThrough: new Date(`${s.closingDate}T00:00:00Z`) }
      : {}),
    employmentType: s.employmentType,
    employer: { name: clean(s.organization), ...(url && isHttpUrl(url) ? { url } : {}) },
    ...(s.remote
      ? { remote: { eligible: st ? [st.code] : 'US' } }
      : { location: { city: clean(s.city), ...(st ? { state: st.code } : {}) } }),
    ...(min !== undefined ? { pay: { min, max: max ?? min, per: s.payPeriod } } : {}),
  });
}

/**
 * The snippet the employer pastes into their job page: a complete script element with the JSON indented so a
 * person can read and edit it, and escaped only where a value could end the element early.
 */
export const jobPostingSnippet = (posting: unknown): string =>
  `<script type="application/ld+json">\n${readableJsonLd(posting)}\n</script>\n`;
