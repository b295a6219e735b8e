import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobSchema } from '#src/schemas/job.ts';
import { jobToYaml } from '#src/lib/jobs/job-yaml.ts';
import { emptyForm, formToJob, postingId, type PostForm } from '#src/lib/jobs/post/form.ts';
import { issueToFieldError } from '#src/lib/jobs/post/issues.ts';
import { validatePost } from '#src/lib/jobs/post/validate.ts';

const filled = (over: Partial<PostForm> = {}): PostForm => ({
  ...emptyForm('2026-11-23'),
  title: 'Clinical Case Manager (LCSW)',
  employerName: 'Acme Health',
  employerUrl: 'https://acme.example.org/',
  city: 'Boston',
  state: 'MA',
  setting: 'hospital',
  employmentType: 'full-time',
  payMin: '$68,000',
  payMax: '82000',
  payPer: 'year',
  licenses: 'LCSW, LICSW',
  certifications: 'CCM',
  description:
    'Coordinate care for adults leaving the hospital, with the team and community partners.',
  validThrough: '2027-01-15',
  applyUrl: 'https://acme.example.org/jobs/1',
  ...over,
});
const messages = (f: PostForm) => validatePost(f).errors.map((e) => `${e.id}: ${e.message}`);

describe('the post-a-job form as a job posting', () => {
  it('maps every field to a job that the schema accepts, from source "employer"', () => {
    const job = formToJob(filled());
    expect(job).toMatchObject({
      id: 'acme-health-boston-clinical-case-manager-lcsw-2026-11',
      title: 'Clinical Case Manager (LCSW)',
      employer: { name: 'Acme Health', url: 'https://acme.example.org/' },
      location: { city: 'Boston', state: 'MA' },
      pay: { min: 68000, max: 82000, per: 'year' },
      licenseRequired: ['LCSW', 'LICSW'],
      certificationsPreferred: ['CCM'],
      datePosted: '2026-11-23',
      source: { name: 'employer', id: 'acme-health-boston-clinical-case-manager-lcsw-2026-11' },
    });
    expect(job.remote).toBeUndefined();
    expect(jobSchema.safeParse(job).success).toBe(true);
    expect(validatePost(filled()).errors).toEqual([]);
  });

  it('leaves out blank optional fields and handles remote jobs', () => {
    const job = formToJob(
      filled({
        city: '',
        state: '',
        remote: true,
        remoteWhere: 'states',
        remoteStates: 'ma nh, ri',
        payMin: '',
        payMax: '',
        payPer: '',
        employerUrl: '',
      }),
    );
    expect(job.location).toBeUndefined();
    expect(job.pay).toBeUndefined();
    expect(job.employer).toEqual({ name: 'Acme Health' });
    expect(job.remote).toEqual({ eligible: ['MA', 'NH', 'RI'] });
    expect(job.id).toBe('acme-health-remote-clinical-case-manager-lcsw-2026-11');
    expect(formToJob(filled({ remote: true, remoteWhere: 'US' })).remote).toEqual({
      eligible: 'US',
    });
  });

  it('keeps ids within the schema’s 80 characters', () => {
    const id = postingId({
      employerName: 'A'.repeat(60),
      city: 'B'.repeat(30),
      remote: false,
      title: 'C'.repeat(40),
      datePosted: '2026-11-23',
    });
    expect(id.length).toBeLessThanOrEqual(80);
    expect(/^[a-z0-9](?:[a-z0-9-]{1,78}[a-z0-9])$/.test(id)).toBe(true);
  });

  it('produces YAML that reads back to the same posting', () => {
    const job = formToJob(filled());
    const text = jobToYaml(job);
    expect(
      text.startsWith(
        'id: acme-health-boston-clinical-case-manager-lcsw-2026-11\ntitle: Clinical Case Manager (LCSW)\n',
      ),
    ).toBe(true);
    expect(parse(text)).toEqual(job);
  });
});

describe('form errors in plain language', () => {
  it('an empty form: one message per required field, in page order, starting with the title', () => {
    expect(messages(emptyForm(''))).toEqual([
      'post-title: Enter the job title',
      'post-employer-name: Enter the employer’s name',
      'post-city: Enter the city and state where the job is, or check “Applicants can work remotely”',
      'post-setting: Choose the setting the job is in',
      'post-type: Choose the type of employment',
      'post-description: Enter a description of the job',
      'post-date-posted: Enter the date the job was first advertised',
      'post-valid-through: Enter the last day applications are accepted',
      'post-apply-url: Enter a link to apply, an email address to apply to, or both',
    ]);
  });

  it('names the fix for bad values', () => {
    expect(messages(filled({ payMin: 'lots' }))).toEqual([
      'post-pay-min: Enter the lowest pay as a number of dollars, like 68000 or 34.50',
    ]);
    expect(messages(filled({ payMin: '90000', payMax: '80000' }))).toEqual([
      'post-pay-max: The highest pay must be the same as or more than the lowest pay',
    ]);
    expect(messages(filled({ payPer: 'hour' }))).toEqual([
      'post-pay-per: That pay does not look like pay for the period chosen: check the figure, or choose per hour or per year',
    ]);
    expect(messages(filled({ applyUrl: 'javascript:alert(1)' }))).toEqual([
      'post-apply-url: Enter the application link as a full address starting with https://',
    ]);
    expect(messages(filled({ applyUrl: '', applyEmail: 'not an email' }))).toEqual([
      'post-apply-email: Enter the email address in the correct format, like jobs@example.org',
    ]);
    expect(messages(filled({ city: 'Boston', state: '' }))).toEqual([
      'post-state: Choose the state where the job is',
    ]);
    expect(messages(filled({ validThrough: '2026-01-01' }))).toEqual([
      'post-valid-through: The last day to apply must be the same as or after the date posted',
    ]);
    expect(messages(filled({ description: 'Too short.' }))).toEqual([
      'post-description: Write a longer description: at least 50 characters, a few sentences',
    ]);
    expect(
      messages(filled({ remote: true, remoteWhere: 'states', remoteStates: 'MA, XX' })),
    ).toEqual([
      'post-remote-states: Enter the states applicants may live in, as two-letter codes separated by commas, like MA, NH',
    ]);
    expect(messages(filled({ licenses: 'L' }))).toEqual([
      'post-licenses: Write each license as its letters, 2 to 30 characters, like LCSW',
    ]);
  });

  it('maps an issue from an unexpected path to a general message rather than dropping it', () => {
    expect(
      issueToFieldError({
        path: ['salary'],
        code: 'unrecognized_keys',
        message: 'Unrecognized key',
      }),
    ).toEqual({ id: 'post-title', message: 'Check the form: salary Unrecognized key' });
  });
});
