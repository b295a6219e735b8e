/**
 * The "post a job" form's values and how they become a job posting (plain data, ready for jobSchema and YAML).
 * Pure: the island and the unit tests use the same functions.
 */
import { parseAmount } from '../../forms/validate.ts';
import { slugify } from '../../text/slug.ts';
import { stripControl } from '../import/text.ts';

export interface PostForm {
  title: string;
  employerName: string;
  employerUrl: string;
  city: string;
  state: string;
  remote: boolean;
  /** With remote: anywhere in the US, or only the states listed in remoteStates. */
  remoteWhere: 'US' | 'states';
  remoteStates: string;
  setting: string;
  employmentType: string;
  payMin: string;
  payMax: string;
  payPer: string;
  licenses: string;
  certifications: string;
  description: string;
  datePosted: string;
  validThrough: string;
  applyUrl: string;
  applyEmail: string;
}

export const emptyForm = (today = ''): PostForm => ({
  title: '',
  employerName: '',
  employerUrl: '',
  city: '',
  state: '',
  remote: false,
  remoteWhere: 'US',
  remoteStates: '',
  setting: '',
  employmentType: '',
  payMin: '',
  payMax: '',
  payPer: '',
  licenses: '',
  certifications: '',
  description: '',
  datePosted: today,
  validThrough: '',
  applyUrl: '',
  applyEmail: '',
});

const t = (s: string) => stripControl(s, false).trim();
/** "LCSW, LICSW; RN" -> ["LCSW", "LICSW", "RN"]. */
export const splitList = (s: string) =>
  s
    .split(/[,;\n]/)
    .map(t)
    .filter(Boolean);

/**
 * The posting's id (its file name and URL): employer, place and title, then the month it was posted, e.g.
 * "acme-health-boston-clinical-case-manager-2026-11". Empty when there is nothing to make it from.
 */
export function postingId(
  f: Pick<PostForm, 'employerName' | 'city' | 'remote' | 'title' | 'datePosted'>,
): string {
  const place = f.city.trim() || (f.remote ? 'remote' : '');
  const month = /^\d{4}-\d{2}/.test(f.datePosted) ? f.datePosted.slice(0, 7) : '';
  const base = slugify([f.employerName, place, f.title].join(' '), month ? 72 : 80);
  return base ? (month ? `${base}-${month}` : base) : '';
}

/** A typed amount as a number; text that is not an amount stays text, so the schema reports it. */
const amount = (s: string): number | string => parseAmount(s) ?? s.trim();

/** The form's values as a job posting from source "employer". Blank optional fields are left out. */
export function formToJob(f: PostForm): Record<string, unknown> {
  const id = postingId(f);
  const hasPay = [f.payMin, f.payMax, f.payPer].some((v) => v.trim());
  const apply = {
    ...(t(f.applyUrl) ? { url: t(f.applyUrl) } : {}),
    ...(t(f.applyEmail) ? { email: t(f.applyEmail) } : {}),
  };
  return {
    id,
    title: t(f.title),
    employer: { name: t(f.employerName), ...(t(f.employerUrl) ? { url: t(f.employerUrl) } : {}) },
    ...(t(f.city) || f.state ? { location: { city: t(f.city), state: f.state } } : {}),
    ...(f.remote
      ? {
          remote: {
            eligible:
              f.remoteWhere === 'US'
                ? 'US'
                : splitList(f.remoteStates.replace(/\s+/g, ',')).map((s) => s.toUpperCase()),
          },
        }
      : {}),
    setting: f.setting || undefined,
    employmentType: f.employmentType || undefined,
    ...(hasPay
      ? {
          pay: {
            min: f.payMin.trim() ? amount(f.payMin) : undefined,
            ...(f.payMax.trim() ? { max: amount(f.payMax) } : {}),
            per: f.payPer || undefined,
          },
        }
      : {}),
    licenseRequired: splitList(f.licenses),
    certificationsPreferred: splitList(f.certifications),
    description: stripControl(f.description, true).trim(),
    datePosted: f.datePosted || undefined,
    validThrough: f.validThrough || undefined,
    apply,
    source: { name: 'employer', id: id || 'new-posting' },
  };
}

/** The element id of each field, in the order they appear on the page (the error summary follows this order). */
export const FIELD_IDS = {
  title: 'post-title',
  employerName: 'post-employer-name',
  employerUrl: 'post-employer-url',
  city: 'post-city',
  state: 'post-state',
  remote: 'post-remote',
  remoteStates: 'post-remote-states',
  setting: 'post-setting',
  employmentType: 'post-type',
  payMin: 'post-pay-min',
  payMax: 'post-pay-max',
  payPer: 'post-pay-per',
  licenses: 'post-licenses',
  certifications: 'post-certifications',
  description: 'post-description',
  datePosted: 'post-date-posted',
  validThrough: 'post-valid-through',
  applyUrl: 'post-apply-url',
  applyEmail: 'post-apply-email',
} as const satisfies Record<string, string>;
export const FIELD_ORDER: string[] = Object.values(FIELD_IDS);
