import { serializeJsonLd } from '../jsonld';
import { isIsoDate, parseAmount } from '../forms/validate';
import { toHtml } from './to-html';
import type { JdDoc } from '../jd-render';
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
 */
export function jobPosting(s: BuilderState, data: BuilderData, doc: JdDoc, today: string) {
  const st = data.states.find((x) => x.code === s.state);
  const min = parseAmount(s.payMin);
  const max = parseAmount(s.payMax);
  const url = clean(s.organisationUrl);
  const place = s.remote
    ? {
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: st ? { '@type': 'State', name: st.name } : { '@type': 'Country', name: 'US' },
      }
    : {
        jobLocation: {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            ...(clean(s.city) ? { addressLocality: clean(s.city) } : {}),
            ...(st ? { addressRegion: st.code } : {}),
            addressCountry: 'US',
          },
        },
      };
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: doc.title,
    description: toHtml(doc),
    datePosted: today,
    ...(isIsoDate(s.closingDate) ? { validThrough: `${s.closingDate}T23:59:59` } : {}),
    employmentType: s.employmentType,
    hiringOrganization: { '@type': 'Organization', name: clean(s.organisation), ...(url && isHttpUrl(url) ? { sameAs: url } : {}) },
    ...place,
    ...(min !== undefined
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'USD',
            value: { '@type': 'QuantitativeValue', minValue: min, maxValue: max ?? min, unitText: s.payPeriod },
          },
        }
      : {}),
  };
}

/** The snippet the employer pastes into their job page: a complete script element with the JSON escaped so it cannot end early. */
export const jobPostingSnippet = (posting: unknown): string => `<script type="application/ld+json">\n${serializeJsonLd(posting)}\n</script>\n`;
