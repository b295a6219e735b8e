import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  CORRECTION_TEMPLATE,
  ISSUE_FIELDS,
  POST_JOB_LABEL,
  POST_JOB_TEMPLATE,
  YAML_FIELD,
  YAML_FIELD_LABEL,
} from '#src/lib/jobs/post/issue-form.ts';

const WORKFLOWS = '.github/workflows';
const workflows = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => {
    const text = readFileSync(join(WORKFLOWS, f), 'utf8');
    return { file: f, text, doc: parse(text) as Record<string, any> };
  });

describe('GitHub Actions workflows', () => {
  it('there are workflows, and every one parses as YAML with a name, triggers and jobs', () => {
    expect(workflows.map((w) => w.file)).toEqual(
      expect.arrayContaining(['pages.yml', 'job-submission.yml']),
    );
    for (const { file, doc } of workflows) {
      expect(typeof doc.name, file).toBe('string');
      expect(doc.on, file).toBeTruthy();
      expect(Object.keys(doc.jobs ?? {}).length, file).toBeGreaterThan(0);
    }
  });
  it('every workflow states its permissions (no implicit token scope)', () => {
    for (const { file, doc } of workflows) {
      const top = doc.permissions;
      const perJob = Object.values(doc.jobs as Record<string, any>).every((j) => j.permissions);
      expect(Boolean(top) || perJob, `${file}: add a permissions block`).toBe(true);
    }
  });
  it('every secret and variable a workflow uses is named in its header comment', () => {
    for (const { file, text } of workflows) {
      const header = text
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .join('\n');
      const body = text
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('#'))
        .join('\n');
      const usedOutsideComments = [
        ...body.matchAll(/\$\{\{\s*(?:secrets|vars)\.([A-Z0-9_]+)/g),
      ].map((m) => m[1] ?? '');
      for (const name of usedOutsideComments) {
        expect(
          header.includes(name),
          `${file}: say in the header comment what ${name} is and where to set it`,
        ).toBe(true);
      }
    }
  });
  it('issue text never goes into a shell command directly (script injection)', () => {
    for (const { file, doc } of workflows)
      for (const job of Object.values(doc.jobs as Record<string, any>))
        for (const step of job.steps ?? [])
          expect(String(step.run ?? ''), `${file}: pass github.event.* through env`).not.toMatch(
            /\$\{\{\s*github\.event\.(issue|comment|pull_request)\.(body|title)/,
          );
  });
  it('the job submission workflow runs on "Post a job" issues with write access to contents, pull requests and issues only', () => {
    const { doc } = workflows.find((w) => w.file === 'job-submission.yml')!;
    expect(doc.on.issues.types).toEqual(expect.arrayContaining(['opened', 'edited', 'labeled']));
    expect(doc.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
    });
    expect(doc.jobs.review.if).toContain(`'${POST_JOB_LABEL}'`);
    const steps = doc.jobs.review.steps as { run?: string; env?: Record<string, string> }[];
    const review = steps.find((s) => s.run?.includes('jobs:submission'))!;
    expect(review.env?.ISSUE_BODY).toBe('${{ github.event.issue.body }}');
  });
  it('the Pages workflow makes a production build with its configuration', () => {
    const { doc } = workflows.find((w) => w.file === 'pages.yml')!;
    const build = (doc.jobs.build.steps as { run?: string; env?: Record<string, string> }[]).find(
      (s) => s.run === 'npm run build',
    )!;
    expect(Object.keys(build.env ?? {})).toEqual(
      expect.arrayContaining(['SITE_ENV', 'SITE_URL', 'REPOSITORY_URL', 'CONTACT_EMAIL']),
    );
  });
});

describe('GitHub issue forms', () => {
  const form = (name: string) =>
    parse(readFileSync(`.github/ISSUE_TEMPLATE/${name}`, 'utf8')) as {
      name: string;
      labels?: string[];
      body: { type: string; id?: string; attributes: { label?: string; render?: string } }[];
    };
  it('"Post a job" has exactly the fields the site fills and the script reads, all text fields (the ones a link can prefill)', () => {
    const f = form(POST_JOB_TEMPLATE);
    expect(f.labels).toEqual([POST_JOB_LABEL]);
    const fields = f.body.filter((b) => b.type !== 'markdown');
    expect(fields.map((b) => [b.id, b.attributes.label])).toEqual([
      ...ISSUE_FIELDS.map((x) => [x.id, x.label]),
      [YAML_FIELD, YAML_FIELD_LABEL],
    ]);
    for (const b of fields) {
      expect(['input', 'textarea']).toContain(b.type);
      expect(b.id).toMatch(/^[A-Za-z0-9_-]+$/);
      // "title" would clash with the issue title's own query parameter.
      expect(b.id).not.toBe('title');
    }
    expect(fields.find((b) => b.id === YAML_FIELD)?.attributes.render).toBe('yaml');
  });
  it('"Report a correction" has a page field a link can fill', () => {
    const f = form(CORRECTION_TEMPLATE);
    expect(f.body.find((b) => b.id === 'page')?.type).toBe('input');
  });
  it('the config file parses', () => {
    expect(parse(readFileSync('.github/ISSUE_TEMPLATE/config.yml', 'utf8'))).toHaveProperty(
      'blank_issues_enabled',
    );
  });
});
