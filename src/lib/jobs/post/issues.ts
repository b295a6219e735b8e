/**
 * The schema's issues, in plain language, on the form field they belong to. The schema's own messages speak of
 * paths ("pay.max must be at least pay.min"); people filling in a form need "Enter ..." and "Choose ...".
 */
import type { FieldError } from '../../forms/validate.ts';
import { FIELD_IDS } from './form.ts';

export interface IssueLike {
  path: PropertyKey[];
  code: string;
  message: string;
  input?: unknown;
}

type Rule = { field: keyof typeof FIELD_IDS; message: (i: IssueLike) => string };
const missing = (i: IssueLike) =>
  i.input === undefined ||
  i.input === '' ||
  (i.code === 'too_small' && typeof i.input === 'string' && !i.input.trim());
const tooLong = (what: string, max: string) => (i: IssueLike) =>
  i.code === 'too_big' ? `${what} must be ${max} characters or fewer` : '';

/** By the issue's path (array indexes dropped), the field and the message. */
const RULES: Record<string, Rule> = {
  id: {
    field: 'title',
    message: () =>
      'Enter a job title and employer name made of letters or digits, so the posting can be given a file name',
  },
  title: {
    field: 'title',
    message: (i) =>
      missing(i)
        ? 'Enter the job title'
        : tooLong('The job title', '120')(i) ||
          'Enter a job title of at least 3 characters, on one line',
  },
  'employer.name': {
    field: 'employerName',
    message: (i) =>
      missing(i)
        ? 'Enter the employer’s name'
        : tooLong('The employer’s name', '120')(i) ||
          'Enter the employer’s name, at least 2 characters',
  },
  'employer.url': {
    field: 'employerUrl',
    message: () =>
      'Enter the employer’s website as a full address starting with https://, or leave it empty',
  },
  location: {
    field: 'city',
    message: () =>
      'Enter the city and state where the job is, or check “Applicants can work remotely”',
  },
  'location.city': {
    field: 'city',
    message: (i) =>
      missing(i) ? 'Enter the city where the job is' : 'Enter the city name, 2 to 80 characters',
  },
  'location.state': { field: 'state', message: () => 'Choose the state where the job is' },
  remote: {
    field: 'remoteStates',
    message: () =>
      'Enter the states applicants may live in, as two-letter codes separated by commas, like MA, NH',
  },
  'remote.eligible': {
    field: 'remoteStates',
    message: () =>
      'Enter the states applicants may live in, as two-letter codes separated by commas, like MA, NH',
  },
  setting: { field: 'setting', message: () => 'Choose the setting the job is in' },
  employmentType: { field: 'employmentType', message: () => 'Choose the type of employment' },
  'pay.min': {
    field: 'payMin',
    message: (i) =>
      missing(i)
        ? 'Enter the lowest pay, or clear the other pay fields'
        : 'Enter the lowest pay as a number of dollars, like 68000 or 34.50',
  },
  'pay.max': {
    field: 'payMax',
    message: (i) =>
      i.code === 'custom'
        ? 'The highest pay must be the same as or more than the lowest pay'
        : 'Enter the highest pay as a number of dollars, like 82000, or leave it empty',
  },
  'pay.per': {
    field: 'payPer',
    message: (i) =>
      i.code === 'custom'
        ? 'That pay does not look like pay for the period chosen: check the figure, or choose per hour or per year'
        : 'Choose whether the pay is per hour or per year',
  },
  licenseRequired: {
    field: 'licenses',
    message: (i) =>
      i.code === 'too_big' && Array.isArray(i.input)
        ? 'List at most 10 licenses'
        : 'Write each license as its letters, 2 to 30 characters, like LCSW',
  },
  certificationsPreferred: {
    field: 'certifications',
    message: (i) =>
      i.code === 'too_big' && Array.isArray(i.input)
        ? 'List at most 10 certifications'
        : 'Write each certification as its letters, 2 to 30 characters, like CCM',
  },
  description: {
    field: 'description',
    message: (i) =>
      missing(i)
        ? 'Enter a description of the job'
        : i.code === 'too_big'
          ? 'The description must be 20,000 characters or fewer'
          : 'Write a longer description: at least 50 characters, a few sentences',
  },
  datePosted: { field: 'datePosted', message: () => 'Enter the date the job was first advertised' },
  validThrough: {
    field: 'validThrough',
    message: (i) =>
      i.code === 'custom'
        ? 'The last day to apply must be the same as or after the date posted'
        : 'Enter the last day applications are accepted',
  },
  apply: {
    field: 'applyUrl',
    message: () => 'Enter a link to apply, an email address to apply to, or both',
  },
  'apply.url': {
    field: 'applyUrl',
    message: () => 'Enter the application link as a full address starting with https://',
  },
  'apply.email': {
    field: 'applyEmail',
    message: () => 'Enter the email address in the correct format, like jobs@example.org',
  },
};

/** One schema issue as a form error: the field's element id and a message saying how to fix it. */
export function issueToFieldError(issue: IssueLike): FieldError {
  const path = issue.path.filter((p) => typeof p === 'string').join('.');
  const rule = RULES[path] ?? RULES[path.replace(/\..*$/, '')];
  if (!rule)
    return {
      id: FIELD_IDS.title,
      message: `Check the form: ${path || 'the posting'} ${issue.message}`,
    };
  return { id: FIELD_IDS[rule.field], message: rule.message(issue) };
}
