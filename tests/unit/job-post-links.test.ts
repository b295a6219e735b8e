import { describe, expect, it } from 'vitest';
import { emptyForm, type PostForm } from '#src/lib/jobs/post/form.ts';
import {
  correctionUrl,
  formToIssueFields,
  ISSUE_FIELDS,
  MAX_PREFILL_URL,
  postJobLink,
} from '#src/lib/jobs/post/issue-form.ts';
import { decodeHandoff, encodeHandoff } from '#src/lib/jobs/post/handoff.ts';
import { answersToForm } from '#src/lib/jobs/post/submission.ts';

const REPO = 'https://github.com/ccm-test-owner/ccm-site';
const FORM: PostForm = {
  ...emptyForm('2026-11-20'),
  title: 'RN Case Manager & Discharge Planner',
  employerName: 'Riverside Community Health',
  city: 'Houston',
  state: 'TX',
  setting: 'hospital',
  employmentType: 'full-time',
  payMin: '82000',
  payPer: 'year',
  licenses: 'RN',
  description:
    'Coordinate care for adults after discharge, with the care team and families. #1 priority: safety.',
  validThrough: '2027-01-15',
  applyEmail: 'jobs@riverside-health.test',
};

describe('the "Post a job" link', () => {
  it('opens the issue form with the title and every filled field as a query parameter, encoded', () => {
    const link = postJobLink(REPO, FORM);
    expect(link.kind).toBe('prefilled');
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/issues/new`);
    expect(url.searchParams.get('template')).toBe('post-a-job.yml');
    expect(url.searchParams.get('title')).toBe(
      'Post a job: RN Case Manager & Discharge Planner, Riverside Community Health',
    );
    expect(url.searchParams.get('job_title')).toBe(FORM.title);
    expect(url.searchParams.get('description')).toBe(FORM.description);
    expect(url.searchParams.get('state')).toBe('TX');
    expect(url.searchParams.has('employer_url')).toBe(false); // blank fields are left out
    expect(url.searchParams.has('labels')).toBe(false); // needs triage rights: 404 for everyone else
  });
  it('what the link fills in reads back as the same form values (round trip through the issue body labels)', () => {
    const fields = formToIssueFields(FORM);
    const answers = new Map(ISSUE_FIELDS.map((f) => [f.label, fields[f.id] ?? '']));
    expect(answersToForm(answers, '2026-11-29')).toEqual({ ...FORM, remoteWhere: 'states' });
    const remote = formToIssueFields({ ...FORM, remote: true, remoteWhere: 'US' });
    expect(remote.remote_states).toBe('US');
  });
  it('past the length cap gives the empty form, for the file to be pasted', () => {
    const long = { ...FORM, description: 'Plan safe discharges with patients. '.repeat(300) };
    const link = postJobLink(REPO, long);
    expect(link.kind).toBe('paste');
    expect(link.url.length).toBeLessThan(MAX_PREFILL_URL);
    expect(new URL(link.url).searchParams.has('description')).toBe(false);
    expect(new URL(link.url).searchParams.get('template')).toBe('post-a-job.yml');
  });
  it('"Report a correction" carries the page address', () => {
    const url = new URL(correctionUrl(REPO, 'https://ccm.test/licensing/texas/'));
    expect(url.searchParams.get('template')).toBe('report-a-correction.yml');
    expect(url.searchParams.get('page')).toBe('https://ccm.test/licensing/texas/');
    expect([...url.searchParams.keys()]).toEqual(['template', 'page']);
    expect(new URL(correctionUrl(REPO, '')).searchParams.has('page')).toBe(false);
  });
});

describe("handing the builder's fields to /jobs/post/ in the address", () => {
  it('round-trips the values through the fragment', () => {
    const hash = encodeHandoff(FORM);
    expect(hash.startsWith('#builder=')).toBe(true);
    const back = decodeHandoff(hash)!;
    expect(back.title).toBe(FORM.title);
    expect(back.description).toBe(FORM.description);
    expect(back.remote).toBeUndefined(); // false is left out
  });
  it('keeps only known fields of the right type, and ignores malformed or oversized fragments', () => {
    const hostile = `#builder=${encodeURIComponent(JSON.stringify({ title: 'ok', remote: 'yes', __proto__x: 1, description: 5 }))}`;
    expect(decodeHandoff(hostile)).toEqual({ title: 'ok' });
    expect(decodeHandoff('#builder=%7Bnot json')).toBeNull();
    expect(decodeHandoff('#builder=%5B1%5D')).toBeNull();
    expect(decodeHandoff('#other=1')).toBeNull();
    expect(decodeHandoff('')).toBeNull();
    expect(decodeHandoff(`#builder=${'x'.repeat(70_000)}`)).toBeNull();
  });
});
