/** The GitHub Actions workflows parse, name their secrets, and run npm scripts that exist. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
type Step = {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
};
type Job = {
  steps?: Step[];
  uses?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  with?: Record<string, unknown>;
};
type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job> };
const workflow = (f: string) => parse(text(f)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const scripts = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const readme = readFileSync('README.md', 'utf8');

describe('GitHub Actions workflows', () => {
  it.each(files)('%s parses, has triggers and jobs, and runs only npm scripts that exist', (f) => {
    const w = workflow(f);
    expect(Object.keys(w.on ?? {}).length).toBeGreaterThan(0);
    expect(Object.keys(w.jobs ?? {}).length).toBeGreaterThan(0);
    for (const s of steps(w))
      for (const m of (s.run ?? '').matchAll(/npm run ([\w:-]+)/g)) expect(scripts).toContain(m[1]);
  });

  it.each(files)('%s: every secret it reads is explained in the README', (f) => {
    for (const m of text(f).matchAll(/secrets\.([A-Z0-9_]+)/g))
      if (m[1] !== 'GITHUB_TOKEN') expect(readme).toContain(m[1]);
  });

  it('jobs-fetch.yml runs daily, fetches with the USAJOBS secrets, commits the job files, and deploys through pages.yml', () => {
    const w = workflow('jobs-fetch.yml');
    expect((w.on.schedule as { cron: string }[])[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    const fetch = steps(w).find((s) => s.run === 'npm run jobs:fetch')!;
    expect(fetch.env).toEqual({
      USAJOBS_API_KEY: '${{ secrets.USAJOBS_API_KEY }}',
      USAJOBS_EMAIL: '${{ secrets.USAJOBS_EMAIL }}',
    });
    const commit = steps(w).find((s) => /git commit/.test(s.run ?? ''))!;
    expect(commit.run).toMatch(/git add content\/jobs\n/);
    expect(commit.run).toMatch(/git push/);
    expect(w.jobs.fetch?.permissions).toEqual({ contents: 'write' });
    expect(w.jobs.deploy).toMatchObject({
      needs: 'fetch',
      uses: './.github/workflows/pages.yml',
      with: { ref: '${{ needs.fetch.outputs.ref }}' },
      permissions: { pages: 'write', 'id-token': 'write' },
    });
  });

  it('pages.yml can be called with the commit to build, and builds with npm run build', () => {
    const w = workflow('pages.yml');
    expect(w.on).toHaveProperty('workflow_call.inputs.ref');
    const checkout = steps(w).find((s) => s.uses?.startsWith('actions/checkout'))!;
    expect(checkout.with).toEqual({ ref: '${{ inputs.ref || github.sha }}' });
    expect(steps(w).some((s) => s.run === 'npm run build')).toBe(true);
  });
});
