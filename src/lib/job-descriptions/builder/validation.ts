import { isCalendarDay } from '#src/schemas/calendar-day.ts';
import {
  isBlank,
  parseAmount,
  todayIso,
  validate,
  type FieldError,
  type Rule,
} from '../../forms/validate';
import type { BuilderState } from './types';

/** Element ids of the builder's fields, shared by the form and the error summary. */
export const FIELD_ID = {
  organization: 'jd-organization',
  organizationUrl: 'jd-organization-url',
  jobTitle: 'jd-job-title',
  city: 'jd-city',
  state: 'jd-state',
  payMin: 'jd-pay-min',
  payMax: 'jd-pay-max',
  duties: 'jd-duties-0',
  howToApply: 'jd-how-to-apply',
  closingDate: 'jd-closing-date',
} as const;

const LONG = 200;
const isHttpUrl = (s: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(s.trim()).protocol);
  } catch {
    return false;
  }
};

/** The checks run before export, in the order of the fields on the page. Messages say how to fix the field. */
export function builderRules(today: string): Rule<BuilderState>[] {
  return [
    {
      id: FIELD_ID.organization,
      test: (s) => isBlank(s.organization) && 'Enter the name of your organization',
    },
    {
      id: FIELD_ID.organization,
      test: (s) =>
        s.organization.trim().length > LONG &&
        `Organization name must be ${LONG} characters or fewer`,
    },
    {
      id: FIELD_ID.organizationUrl,
      test: (s) =>
        !isBlank(s.organizationUrl) &&
        !isHttpUrl(s.organizationUrl) &&
        'Enter the website as a full address starting with https://, or leave it empty',
    },
    { id: FIELD_ID.jobTitle, test: (s) => isBlank(s.jobTitle) && 'Enter a job title' },
    {
      id: FIELD_ID.jobTitle,
      test: (s) =>
        s.jobTitle.trim().length > LONG && `Job title must be ${LONG} characters or fewer`,
    },
    {
      id: FIELD_ID.city,
      test: (s) =>
        !s.remote && isBlank(s.city) && 'Enter the city where the job is based, or check “Remote”',
    },
    {
      id: FIELD_ID.state,
      test: (s) =>
        isBlank(s.state) &&
        'Choose the state where the job is based (or, for remote jobs, where applicants must live)',
    },
    {
      id: FIELD_ID.payMin,
      test: (s) =>
        isBlank(s.payMin) &&
        'Enter the lowest pay in the range (many states require a pay range in job postings)',
    },
    {
      id: FIELD_ID.payMin,
      test: (s) =>
        parseAmount(s.payMin) === undefined &&
        'Enter the lowest pay as an amount in dollars, like 60000 or 28.50',
    },
    { id: FIELD_ID.payMax, test: (s) => isBlank(s.payMax) && 'Enter the highest pay in the range' },
    {
      id: FIELD_ID.payMax,
      test: (s) =>
        parseAmount(s.payMax) === undefined &&
        'Enter the highest pay as an amount in dollars, like 72000 or 34.00',
    },
    {
      id: FIELD_ID.payMax,
      test: (s) =>
        (parseAmount(s.payMax) ?? Infinity) < (parseAmount(s.payMin) ?? 0) &&
        'Highest pay must be the same as or more than the lowest pay',
    },
    {
      id: FIELD_ID.duties,
      test: (s) =>
        !s.duties.some((d) => d.checked && !isBlank(d.text)) && 'Check at least one duty',
    },
    {
      id: FIELD_ID.howToApply,
      test: (s) =>
        isBlank(s.howToApply) && 'Say how to apply, for example a web address or an email',
    },
    {
      id: FIELD_ID.closingDate,
      test: (s) =>
        !isBlank(s.closingDate) &&
        !isCalendarDay(s.closingDate) &&
        'Enter the closing date as a real date, or leave it empty',
    },
    {
      id: FIELD_ID.closingDate,
      test: (s) =>
        isCalendarDay(s.closingDate) &&
        s.closingDate < today &&
        'Closing date must be today or in the future',
    },
  ];
}

/** Errors in the builder's fields, in page order; empty when the description is ready to export. */
export const validateBuilder = (s: BuilderState, today: string = todayIso()): FieldError[] =>
  validate(s, builderRules(today));
