import {
  EMPLOYMENT_TYPES,
  type EmploymentType,
  type SchemaOrgEmploymentType,
} from '#src/schemas/vocabulary/jobs.ts';
import { US_STATES } from '#src/schemas/vocabulary/us-states.ts';
import type { Job } from '#src/schemas/job.ts';
import { isoDate } from '#src/lib/text/format.ts';

/** What a JobPosting needs, whether it comes from the job board or the job description builder. */
export interface JobPostingInput {
  title: string;
  /** The description as HTML (Google reads HTML here). */
  descriptionHtml: string;
  datePosted: Date;
  validThrough?: Date | undefined;
  employer: { name: string; url?: string | undefined };
  /** Where the job is; a part left empty is left out of the address. */
  location?: { city?: string; state?: string } | undefined;
  remote?: { eligible: 'US' | string[] } | undefined;
  pay?: Job['pay'];
  /** The board's key ("full-time") or the schema.org value ("FULL_TIME"). */
  employmentType?: EmploymentType | SchemaOrgEmploymentType;
  /** The posting's id with the employer, and who issued it. */
  identifier?: { name: string; value: string };
  /** True when applicants can apply on the page the posting links to. */
  directApply?: boolean;
}

/**
 * schema.org JobPosting with Google's required properties (title, description, datePosted,
 * hiringOrganization, jobLocation or the remote form) and the recommended ones the input has.
 * Serialize it with serializeJsonLd so no value can end the script element.
 */
export function jobPosting(j: JobPostingInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: j.title,
    description: j.descriptionHtml,
    datePosted: isoDate(j.datePosted),
    hiringOrganization: {
      '@type': 'Organization',
      name: j.employer.name,
      ...(j.employer.url ? { sameAs: j.employer.url } : {}),
    },
  };
  if (j.validThrough) data.validThrough = `${isoDate(j.validThrough)}T23:59:59Z`;
  if (j.employmentType)
    data.employmentType =
      j.employmentType in EMPLOYMENT_TYPES
        ? EMPLOYMENT_TYPES[j.employmentType as EmploymentType].schemaOrg
        : j.employmentType;
  if (j.location) {
    const { city, state } = j.location;
    data.jobLocation = {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(city ? { addressLocality: city } : {}),
        ...(state ? { addressRegion: state } : {}),
        addressCountry: 'US',
      },
    };
  }
  if (j.remote) {
    data.jobLocationType = 'TELECOMMUTE';
    data.applicantLocationRequirements =
      j.remote.eligible === 'US'
        ? { '@type': 'Country', name: 'USA' }
        : j.remote.eligible.map((code) => ({
            '@type': 'State',
            name: US_STATES[code as keyof typeof US_STATES] ?? code,
          }));
  }
  if (j.pay) {
    data.baseSalary = {
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: {
        '@type': 'QuantitativeValue',
        ...(j.pay.max !== undefined && j.pay.max !== j.pay.min
          ? { minValue: j.pay.min, maxValue: j.pay.max }
          : { value: j.pay.min }),
        unitText: j.pay.per === 'hour' ? 'HOUR' : 'YEAR',
      },
    };
  }
  if (j.identifier)
    data.identifier = {
      '@type': 'PropertyValue',
      name: j.identifier.name,
      value: j.identifier.value,
    };
  if (j.directApply !== undefined) data.directApply = j.directApply;
  return data;
}
