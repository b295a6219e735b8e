import { describe, expect, it } from 'vitest';
import { chooseState, initialState } from '#src/lib/job-descriptions/builder/defaults.ts';
import { builderToDoc } from '#src/lib/job-descriptions/builder/to-doc.ts';
import { builderToPostForm } from '#src/lib/job-descriptions/builder/to-post-form.ts';
import { toMarkdown } from '#src/lib/job-descriptions/render.ts';
import { decodeHandoff, encodeHandoff } from '#src/lib/jobs/post/handoff.ts';
import { emptyForm, formToJob } from '#src/lib/jobs/post/form.ts';
import { data } from './jd-builder-fixture';

const state = (over: Record<string, unknown> = {}) =>
  chooseState(
    {
      ...initialState(data),
      organization: 'Acme Health',
      organizationUrl: 'https://acme-health.test/',
      city: 'Boston',
      payMin: '60000',
      payMax: '72000',
      howToApply: 'Apply at https://acme-health.test/jobs/41. Questions: hr@acme-health.test',
      closingDate: '2027-01-31',
      ...over,
    },
    data.states[0],
  );

describe('"Send to the job board": the builder\'s fields become the post form\'s', () => {
  it('carries title, employer, place, pay, license, the whole description, closing date and the apply link', () => {
    const s = state();
    const doc = builderToDoc(s, data);
    const f = builderToPostForm(s, doc);
    expect(f).toMatchObject({
      title: doc.title,
      employerName: 'Acme Health',
      employerUrl: 'https://acme-health.test/',
      city: 'Boston',
      state: data.states[0]!.code,
      remote: false,
      payMin: '60000',
      payMax: '72000',
      payPer: 'year',
      licenses: s.license,
      description: toMarkdown(doc),
      validThrough: '2027-01-31',
      applyUrl: 'https://acme-health.test/jobs/41',
      applyEmail: '',
    });
    // Through the address and into the form, nothing is lost.
    const back = { ...emptyForm('2026-11-29'), ...decodeHandoff(encodeHandoff(f)) };
    expect(formToJob(back)).toMatchObject({
      title: doc.title,
      employer: { name: 'Acme Health', url: 'https://acme-health.test/' },
      validThrough: '2027-01-31',
    });
  });
  it("an email when there is no link; remote jobs open to the chosen state; employment type in the board's words", () => {
    const s = state({
      howToApply: 'Email hr@acme-health.test',
      remote: true,
      employmentType: 'PART_TIME',
    });
    const f = builderToPostForm(s, builderToDoc(s, data));
    expect(f).toMatchObject({
      applyUrl: '',
      applyEmail: 'hr@acme-health.test',
      remote: true,
      remoteWhere: 'states',
      remoteStates: data.states[0]!.code,
      city: '',
      state: '',
      employmentType: 'part-time',
    });
  });
});
