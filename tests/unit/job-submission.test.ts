import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { jobSchema } from '#src/schemas/job.ts';
import { ISSUE_FIELDS, YAML_FIELD_LABEL } from '#src/lib/jobs/post/issue-form.ts';
import {
  MAX_BODY,
  parseIssueBody,
  reviewComment,
  reviewSubmission,
  type Review,
} from '#src/lib/jobs/post/submission.ts';

/**
 * The body GitHub writes for an issue form: each field as "### Label", a blank line, the answer or
 * "_No response_"; a textarea with `render: yaml` inside a ```yaml fence.
 */
function issueBody(answers: Record<string, string>, file = ''): string {
  const parts = ISSUE_FIELDS.map(
    (f) => `### ${f.label}\n\n${answers[f.id]?.trim() || '_No response_'}`,
  );
  parts.push(
    `### ${YAML_FIELD_LABEL}\n\n${file ? `\`\`\`yaml\n${file}\n\`\`\`` : '_No response_'}`,
  );
  return parts.join('\n\n');
}

const GOOD = {
  job_title: 'RN Case Manager',
  employer_name: 'Riverside Community Health',
  employer_url: 'https://riverside-health.test/',
  city: 'Houston',
  state: 'Texas',
  setting: 'Hospital',
  employment_type: 'full-time',
  pay_min: '$82,000',
  pay_max: '96000',
  pay_per: 'per year',
  licenses: 'RN, CCM',
  description:
    'Coordinate care for adults after discharge.\n\n- Assess needs\n- Arrange [home services](https://riverside-health.test/services)',
  date_posted: '2026-11-20',
  valid_through: '2027-01-15',
  apply_url: 'https://riverside-health.test/jobs/4411',
};
const SUBMISSION = {
  issueNumber: 42,
  issueUrl: 'https://github.com/ccm-test-owner/ccm-site/issues/42',
  today: '2026-11-29',
  existingIds: new Set(['example-boston-hospital-licsw']),
};
const review = (body: string, over: Partial<typeof SUBMISSION> = {}) =>
  reviewSubmission(body, { ...SUBMISSION, ...over });
const problems = (r: Review) => (r.ok ? [] : r.problems);

describe('reading an issue-form body', () => {
  it('takes each answer under its label, blanks for "_No response_", and keeps unknown headings inside the answer', () => {
    const { answers, problems: p } = parseIssueBody(
      issueBody({ ...GOOD, description: 'Intro.\n\n### What you will do\n\nPlan discharges.' }),
    );
    expect(p).toEqual([]);
    expect(answers.get('Job title')).toBe('RN Case Manager');
    expect(answers.get('Certifications preferred')).toBe('');
    expect(answers.get('Description')).toBe('Intro.\n\n### What you will do\n\nPlan discharges.');
  });
});

describe('a good submission', () => {
  it('becomes a posting file named after its id, valid against the jobs schema, from source "employer"', () => {
    const r = review(issueBody(GOOD));
    expect(problems(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.id).toBe('riverside-community-health-houston-rn-case-manager-2026-11');
    expect(r.file).toBe(`content/jobs/${r.id}.yaml`);
    const job = jobSchema.parse(parse(r.yaml));
    expect(job).toMatchObject({
      title: 'RN Case Manager',
      location: { city: 'Houston', state: 'TX' },
      setting: 'hospital',
      employmentType: 'full-time',
      pay: { min: 82000, max: 96000, per: 'year' },
      licenseRequired: ['RN', 'CCM'],
      apply: { url: 'https://riverside-health.test/jobs/4411' },
      source: { name: 'employer', id: r.id, url: SUBMISSION.issueUrl },
      example: false,
    });
    expect(reviewComment(r)).toContain(`A pull request adding \`${r.file}\``);
  });
  it('remote work: "US" is anywhere, a list of states limits it; a blank date posted is today', () => {
    const r = review(
      issueBody({ ...GOOD, city: '', state: '', remote_states: 'ma nh, RI', date_posted: '' }),
    );
    expect(problems(r)).toEqual([]);
    const job = r.ok ? jobSchema.parse(parse(r.yaml)) : undefined;
    expect(job?.remote).toEqual({ eligible: ['MA', 'NH', 'RI'] });
    expect(job?.datePosted.toISOString().slice(0, 10)).toBe('2026-11-29');
    const us = review(issueBody({ ...GOOD, city: '', state: '', remote_states: 'US' }));
    expect(us.ok && jobSchema.parse(parse(us.yaml)).remote).toEqual({ eligible: 'US' });
  });
  it('the posting file pasted into one field is used instead of the fields', () => {
    const file = stringify({
      title: 'Behavioral Health Case Manager',
      employer: { name: 'Lakeside Clinic' },
      location: { city: 'Columbus', state: 'OH' },
      setting: 'behavioral-health',
      employmentType: 'part-time',
      description: 'Support adults with serious mental illness in the community, weekly visits.',
      datePosted: '2026-11-25',
      validThrough: '2027-02-01',
      apply: { email: 'jobs@lakeside-clinic.test' },
    });
    const r = review(issueBody({}, file));
    expect(problems(r)).toEqual([]);
    expect(r.ok && r.id).toBe('lakeside-clinic-columbus-behavioral-health-case-manager-2026-11');
    expect(r.ok && jobSchema.parse(parse(r.yaml)).employmentType).toBe('part-time');
  });
});

describe('a submission with mistakes gets every problem back in plain language', () => {
  it('names each field by its label on the form and says how to fix it', () => {
    const r = review(
      issueBody({
        ...GOOD,
        job_title: '',
        setting: 'spaceship',
        pay_min: '90000',
        pay_per: 'hour',
        valid_through: '2026-01-01',
        apply_url: 'ftp://riverside.test/x',
      }),
    );
    expect(r.ok).toBe(false);
    const text = problems(r).join('\n');
    expect(text).toContain('**Job title**: Enter the job title.');
    expect(text).toContain('**Setting**: Choose the setting the job is in.');
    expect(text).toMatch(
      /\*\*Pay period\*\*: That pay does not look like pay for the period chosen/,
    );
    expect(text).toContain(
      '**Last day to apply**: The last day to apply must be the same as or after the date posted.',
    );
    expect(text).toContain(
      '**Link to apply**: Enter the application link as a full address starting with https://.',
    );
    const comment = reviewComment(r);
    expect(comment).toMatch(/^Thank you for the posting\. It cannot go on the board yet/);
    expect(comment).toContain('- **Job title**: Enter the job title.');
  });
  it('an issue that is not the form at all', () => {
    expect(problems(review('Please post our job: RN, Houston, call us.'))).toEqual([
      expect.stringMatching(/does not look like the "Post a job" form/),
    ]);
  });
  it('an id already on the board, or one reserved for the examples', () => {
    const taken = review(issueBody(GOOD), {
      existingIds: new Set(['riverside-community-health-houston-rn-case-manager-2026-11']),
    });
    expect(problems(taken).join()).toMatch(/already on the board/);
    const file = stringify({ ...parse(stringify({})), id: 'example-boston-hospital-licsw' });
    expect(problems(review(issueBody({}, `${file}title: x`))).join()).toMatch(
      /may not start with "example-"/,
    );
  });
});

describe('hostile submissions are refused, never written', () => {
  it('script tags and other HTML', () => {
    const r = review(issueBody({ ...GOOD, job_title: 'Case Manager<script>alert(1)</script>' }));
    expect(problems(r)).toContainEqual(
      expect.stringMatching(/^\*\*Job title\*\*: remove the HTML tags/),
    );
    const img = review(
      issueBody({ ...GOOD, description: `${GOOD.description}\n<img src=x onerror=alert(1)>` }),
    );
    expect(problems(img)).toContainEqual(
      expect.stringMatching(/^\*\*Description\*\*: remove the HTML tags/),
    );
  });
  it('but Markdown autolinks and addresses in angle brackets are not HTML', () => {
    const r = review(
      issueBody({
        ...GOOD,
        description: `${GOOD.description}\nQuestions: <jobs@riverside-health.test> or <https://riverside-health.test/faq>.`,
      }),
    );
    expect(problems(r)).toEqual([]);
  });
  it('bidirectional control characters (a title that reads backwards)', () => {
    const r = review(issueBody({ ...GOOD, employer_name: 'Riverside \u202Ehtlaeh\u202C' }));
    expect(problems(r)).toContainEqual(
      expect.stringMatching(
        /^\*\*Employer\*\*: remove the invisible text-direction control characters/,
      ),
    );
  });
  it('javascript: and data: links', () => {
    const js = review(
      issueBody({ ...GOOD, description: `${GOOD.description}\n[Apply](javascript:alert(1))` }),
    );
    expect(problems(js)).toContainEqual(
      expect.stringMatching(/links may only be https:\/\/, http:\/\/ or mailto:/),
    );
    const data = review(
      issueBody({ ...GOOD, description: `${GOOD.description}\n[x]( data:text/html,<b>hi</b>)` }),
    );
    expect(problems(data).join()).toMatch(/links may only be/);
    const bare = review(issueBody({ ...GOOD, apply_url: 'javascript:alert(1)' }));
    expect(problems(bare).join()).toMatch(/\*\*Link to apply\*\*/);
    // "data:" as a word in a sentence is not a link
    expect(
      problems(
        review(
          issueBody({ ...GOOD, description: `${GOOD.description}\nSkills in data: Excel, Epic.` }),
        ),
      ),
    ).toEqual([]);
  });
  it('a huge body is refused before it is read', () => {
    const r = review(issueBody({ ...GOOD, description: 'x'.repeat(MAX_BODY) }));
    expect(problems(r)).toEqual([expect.stringMatching(/^The issue is [\d,]+ characters long/)]);
  });
  it('a body that tries to choose another file path, source or example flag', () => {
    const base = {
      title: 'Case Manager',
      employer: { name: 'Path Test' },
      location: { city: 'Austin', state: 'TX' },
      setting: 'hospital',
      employmentType: 'full-time',
      description: 'A description long enough to pass the schema minimum of fifty characters.',
      datePosted: '2026-11-25',
      validThrough: '2027-01-01',
      apply: { email: 'jobs@path-test.test' },
    };
    for (const id of ['../../.github/workflows/pwn', 'content/jobs/x', 'ok/../../x', 'UPPER']) {
      const r = review(issueBody({}, stringify({ ...base, id })));
      expect(r.ok, id).toBe(false);
      expect(problems(r).join(), id).toMatch(/`id`: .*file name/);
    }
    const sneaky = review(
      issueBody({}, stringify({ ...base, source: { name: 'usajobs', id: '1' }, example: true })),
    );
    expect(problems(sneaky)).toEqual([]);
    expect(sneaky.ok && sneaky.file).toBe(
      'content/jobs/path-test-austin-case-manager-2026-11.yaml',
    );
    expect(sneaky.ok && parse(sneaky.yaml)).toMatchObject({ source: { name: 'employer' } });
    expect(sneaky.ok && parse(sneaky.yaml).example).toBeUndefined();
    // A title full of path characters only ever becomes a slug.
    const slug = review(issueBody({ ...GOOD, job_title: '../../etc/passwd' }));
    expect(slug.ok && slug.file).toBe(
      'content/jobs/riverside-community-health-houston-etc-passwd-2026-11.yaml',
    );
  });
  it("the form's own headings repeated inside an answer", () => {
    const r = review(
      issueBody({
        ...GOOD,
        description: `${GOOD.description}\n\n### Link to apply\n\nhttps://evil.test/`,
      }),
    );
    expect(problems(r)).toContainEqual(
      expect.stringMatching(/"### Link to apply" appears more than once/),
    );
  });
  it('YAML that is not a posting, or a YAML bomb', () => {
    expect(problems(review(issueBody({}, '- a\n- b'))).join()).toMatch(
      /not a single value or a list/,
    );
    const bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]';
    expect(problems(review(issueBody({}, bomb))).join()).toMatch(/could not be read as YAML/);
  });
});

describe('scripts/job-submission.ts', () => {
  const work = mkdtempSync(join(tmpdir(), 'ccm-submission-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const run = (name: string, body: string) => {
    const file = join(work, `${name}.md`);
    writeFileSync(file, body);
    const out = join(work, name);
    const outputs = join(work, `${name}.outputs`);
    writeFileSync(outputs, '');
    const r = spawnSync(
      process.execPath,
      [
        'scripts/job-submission.ts',
        '--issue-number',
        '42',
        '--issue-url',
        SUBMISSION.issueUrl,
        '--body-file',
        file,
        '--out',
        out,
        '--today',
        '2026-11-29',
      ],
      { encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: outputs } },
    );
    return { r, out, outputs: readFileSync(outputs, 'utf8') };
  };
  it('writes the posting file, result and comment for a good issue, and the step outputs', () => {
    const { r, out, outputs } = run('good', issueBody(GOOD));
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
    expect(result).toMatchObject({ ok: true, file: `content/jobs/${result.id}.yaml` });
    expect(jobSchema.safeParse(parse(readFileSync(join(out, result.file), 'utf8'))).success).toBe(
      true,
    );
    expect(outputs).toContain(`ok=true\nid=${result.id}\nfile=${result.file}\n`);
    expect(readFileSync(join(out, 'comment.md'), 'utf8')).toMatch(/^Thank you: the posting passed/);
  });
  it('writes only the comment for a bad one, still exiting 0 (the issue was reviewed)', () => {
    const { r, out, outputs } = run('bad', issueBody({ ...GOOD, job_title: '<script>x</script>' }));
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).ok).toBe(false);
    expect(existsSync(join(out, 'content'))).toBe(false);
    expect(outputs).toContain('ok=false');
    expect(readFileSync(join(out, 'comment.md'), 'utf8')).toContain('remove the HTML tags');
  });
  it('refuses to run without the issue number', () => {
    const r = spawnSync(
      process.execPath,
      ['scripts/job-submission.ts', '--body-file', '/dev/null'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--issue-number must be the issue number');
  });
});
