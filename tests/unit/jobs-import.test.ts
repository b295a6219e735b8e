import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobSchema } from '#src/schemas/job.ts';
import { readAtsCsv } from '#src/lib/jobs/import/ats.ts';
import { ATS_COLUMNS, columnTable } from '#src/lib/jobs/import/ats-columns.ts';
import { detectFormat, InputError, planImport, readSource } from '#src/lib/jobs/import/index.ts';
import { applyPlan, readExisting, writeAtomic } from '../../scripts/lib/job-files';
import { htmlToText, oneLine } from '#src/lib/jobs/import/text.ts';
import { slugify } from '#src/lib/text/slug.ts';
import { readUsajobs } from '#src/lib/jobs/import/usajobs.ts';

const FIX = 'tests/fixtures/jobs-import';
const fixture = (f: string) => readFileSync(join(FIX, f), 'utf8');
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'ccm-jobs-import-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** Read, plan and write, as the script does. */
function importInto(dir: string, file: string, text = fixture(file)) {
  const read = readSource(detectFormat(file, text), text, file);
  const plan = planImport(read, readExisting(dir));
  applyPlan(plan, dir);
  return plan;
}
const yamlFiles = (dir: string) => readdirSync(dir).sort();
const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['scripts/jobs-import.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
};

describe('text hygiene', () => {
  it('turns HTML into plain Markdown text and escapes whatever angle brackets remain', () => {
    expect(
      htmlToText('<p>One <b>two</b></p><ul><li>a</li><li>b</li></ul><script>alert(1)</script>'),
    ).toBe('One two\n\n- a\n- b');
    expect(htmlToText('5 &lt; 6 &amp;&#32;&lt;script&gt;x')).toBe('5 &lt; 6 & &lt;script&gt;x');
    expect(htmlToText('line\u0000one\r\nline two\u0007')).toBe('lineone\nline two');
  });
  it('makes one-line fields free of markup and control characters', () => {
    expect(oneLine('Case Manager </script><script>alert(1)</script>')).toBe('Case Manager');
    expect(oneLine('A\nB\tC  <i>D</i>')).toBe('A B C D');
  });
  it('makes lower-case ids', () => {
    expect(slugify('usajobs-HHS-CDC-D5-16-1721072')).toBe('usajobs-hhs-cdc-d5-16-1721072');
    expect(slugify('ats-Réq #12/ä')).toBe('ats-req-12-a');
  });
});

describe('reading a USAJOBS Search API response', () => {
  const read = readUsajobs(fixture('usajobs-search.json'), 'usajobs-search.json');
  const plan = planImport(read, new Map());
  const job = (id: string) => parse(plan.added.find((e) => e.id === id)!.yaml);

  it('maps each posting to a valid job named usajobs-<PositionID>, and rejects the overseas one with its reason', () => {
    expect(plan.added.map((e) => e.id)).toEqual([
      'usajobs-va-27-fixture-101',
      'usajobs-ihs-27-fixture-102',
      'usajobs-hhs-27-fixture-103',
    ]);
    for (const e of plan.added) expect(jobSchema.safeParse(parse(e.yaml)).success).toBe(true);
    expect(plan.rejected).toHaveLength(1);
    expect(plan.rejected[0]?.ref).toBe('item 4 (PositionID DOD-27-FIXTURE-104)');
    expect(plan.rejected[0]?.reasons[0]).toMatch(/^PositionLocation: no location in a US state/);
  });

  it('uses the first US location, maps state names to codes and lists the other locations in the description', () => {
    const j = job('usajobs-va-27-fixture-101');
    expect(j.location).toEqual({ city: 'Houston', state: 'TX' });
    expect(j.description).toContain(
      'Also open in: Dallas, Texas; Washington, District of Columbia.',
    );
    expect(j.description).toContain('- Coordinate referrals to community resources & follow up.');
    expect(j.description).not.toMatch(/<b>|<p>/);
    expect(j).toMatchObject({
      setting: 'government',
      employmentType: 'full-time',
      pay: { min: 74584, max: 96958, per: 'year' },
      datePosted: '2026-11-16',
      validThrough: '2026-12-16',
    });
    expect(j.source).toMatchObject({
      name: 'usajobs',
      id: 'VA-27-FIXTURE-101',
      url: 'https://www.usajobs.gov/job/900000101',
    });
    expect(j.source.hash).toMatch(/^[a-f0-9]{64}$/);
  });

  it('reads hourly pay (PH), part-time schedules, the older "Per Year" interval and remote jobs', () => {
    expect(job('usajobs-ihs-27-fixture-102')).toMatchObject({
      employmentType: 'part-time',
      pay: { min: 21.35, max: 27.76, per: 'hour' },
      location: { city: 'Gallup', state: 'NM' },
    });
    const remote = job('usajobs-hhs-27-fixture-103');
    expect(remote.remote).toEqual({ eligible: 'US' });
    expect(remote.location).toBeUndefined();
    expect(remote.pay.per).toBe('year');
  });

  it('does not let search hit highlighting change the fingerprint', () => {
    const data = JSON.parse(fixture('usajobs-search.json'));
    data.SearchResult.SearchResultItems[0].MatchedObjectDescriptor.PositionFormattedDescription[0].Content =
      'other words';
    expect(readUsajobs(JSON.stringify(data)).candidates[0]?.hash).toBe(read.candidates[0]!.hash);
  });

  it('refuses a file that is not JSON, or JSON that is not a search response', () => {
    expect(() => readUsajobs(fixture('not-json.json'), 'not-json.json')).toThrow(
      /not-json\.json is not JSON/,
    );
    expect(() => readUsajobs('{"items": []}', 'x.json')).toThrow(
      /no SearchResult\.SearchResultItems/,
    );
  });
});

describe('reading an applicant tracking system CSV', () => {
  const read = readAtsCsv(fixture('ats-export.csv'), 'ats-export.csv');
  const plan = planImport(read, new Map());

  it('imports the good rows and rejects each bad one with the column and the fix', () => {
    expect(plan.added.map((e) => e.id)).toEqual(['ats-req-2041', 'ats-req-2042', 'ats-req-2043']);
    const reasons = Object.fromEntries(plan.rejected.map((r) => [r.ref, r.reasons.join(' | ')]));
    expect(Object.keys(reasons)).toEqual([
      'row 5 (ats-req-2041)',
      'row 6 (ats-req-2044)',
      'row 7 (ats-req-2045)',
      'row 8',
    ]);
    expect(reasons['row 5 (ats-req-2041)']).toMatch(
      /^id: ats-req-2041 is already used by row 2 .* The first one is kept/,
    );
    expect(reasons['row 6 (ats-req-2044)']).toMatch(
      /^state: "XX" is not a US state or DC\. Write the two-letter postal code/,
    );
    expect(reasons['row 7 (ats-req-2045)']).toMatch(
      /^valid_through: "01\/15\/2027" is not a closing day in the form YYYY-MM-DD/,
    );
    expect(reasons['row 8']).toMatch(/the row has 3 values and the header has 21 columns/);
  });

  it('maps values: pay with commas, state names, remote states, labels for setting and type, lists', () => {
    const first = parse(plan.added[0]?.yaml ?? '');
    expect(first).toMatchObject({
      pay: { min: 68000, max: 82000, per: 'year' },
      licenseRequired: ['LCSW', 'LICSW'],
      certificationsPreferred: ['CCM'],
      source: { name: 'ats', id: 'REQ-2041', url: 'https://ats.example.com/fixture/2041' },
    });
    const second = parse(plan.added[1]?.yaml ?? '');
    expect(second).toMatchObject({
      remote: { eligible: ['MA', 'NH', 'RI'] },
      setting: 'health-plan',
      employmentType: 'part-time',
      apply: { email: 'jobs@fixture-plan.example.org' },
    });
    expect(second.location).toBeUndefined();
  });

  it('leaves the hostile row inert: no tags, script, handlers, javascript: links or control characters', () => {
    const text = plan.added.find((e) => e.id === 'ats-req-2043')!.yaml;
    const j = parse(text);
    expect(j.title).toBe('Case Manager');
    expect(j.location).toEqual({ city: 'Denver', state: 'CO' });
    expect(text).not.toMatch(/<|\bscript\b|onerror|javascript:|alert\(/i);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(plan.added.find((e) => e.id === 'ats-req-2043')!.notes).toContain(
      'description: HTML turned into plain text',
    );
  });

  it('refuses the whole file when a required column is missing or a column is unknown, naming it and the fix', () => {
    let error: unknown;
    try {
      readAtsCsv(fixture('ats-missing-header.csv'), 'ats-missing-header.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(
      'unknown column "job_title". Did you mean "title"? Rename it',
    );
    expect((error as Error).message).toContain(
      'required column "title" is missing. Add a "title" column',
    );
    expect(() => readAtsCsv('', 'empty.csv')).toThrow(/empty or has no header row/);
  });

  it('documents every column it reads, and requires the ones the schema needs', () => {
    expect(ATS_COLUMNS.filter((c) => c.required).map((c) => c.name)).toEqual([
      'source_id',
      'title',
      'employer_name',
      'setting',
      'employment_type',
      'description',
      'date_posted',
      'valid_through',
    ]);
    expect(readFileSync('README.md', 'utf8')).toContain(columnTable('markdown'));
  });
});

describe('writing job files', () => {
  it('adds files, then finds them unchanged, then updates only the record whose source changed', () => {
    const dir = tempDir();
    const first = importInto(dir, 'usajobs-search.json');
    expect([first.added.length, first.updated.length, first.unchanged.length]).toEqual([3, 0, 0]);
    const before = readFileSync(join(dir, 'usajobs-ihs-27-fixture-102.yaml'), 'utf8');

    const second = importInto(dir, 'usajobs-search.json');
    expect([second.added.length, second.updated.length, second.unchanged.length]).toEqual([
      0, 0, 3,
    ]);

    const data = JSON.parse(fixture('usajobs-search.json'));
    data.SearchResult.SearchResultItems[0].MatchedObjectDescriptor.ApplicationCloseDate =
      '2026-12-30T23:59:59.9970';
    const third = importInto(dir, 'usajobs-search.json', JSON.stringify(data));
    expect(third.updated.map((e) => e.id)).toEqual(['usajobs-va-27-fixture-101']);
    expect(third.unchanged).toHaveLength(2);
    expect(
      parse(readFileSync(join(dir, 'usajobs-va-27-fixture-101.yaml'), 'utf8')).validThrough,
    ).toBe('2026-12-30');
    expect(readFileSync(join(dir, 'usajobs-ihs-27-fixture-102.yaml'), 'utf8')).toBe(before);
  });

  it('never replaces a file that belongs to another source or is an example', () => {
    const dir = tempDir();
    cpSync('content/jobs/example-boston-hospital-licsw.yaml', join(dir, 'ats-req-2041.yaml'));
    const employer = 'id: ats-req-2042\nsource:\n  name: employer\n  id: x\n';
    writeFileSync(join(dir, 'ats-req-2042.yaml'), employer);
    const before = readFileSync(join(dir, 'ats-req-2041.yaml'), 'utf8');
    const plan = importInto(dir, 'ats-export.csv');
    expect(plan.rejected.find((r) => r.id === 'ats-req-2041')!.reasons[0]).toMatch(
      /belongs to an example posting; the importer never replaces it/,
    );
    expect(plan.rejected.find((r) => r.id === 'ats-req-2042')!.reasons[0]).toMatch(
      /belongs to source "employer"/,
    );
    expect(readFileSync(join(dir, 'ats-req-2041.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'ats-req-2042.yaml'), 'utf8')).toBe(employer);
  });

  it('writes through a temporary file and leaves none behind, even when the rename fails', () => {
    const dir = tempDir();
    importInto(dir, 'ats-export.csv');
    expect(yamlFiles(dir)).toEqual(['ats-req-2041.yaml', 'ats-req-2042.yaml', 'ats-req-2043.yaml']);
    mkdirSync(join(dir, 'blocked.yaml'));
    mkdirSync(join(dir, 'blocked.yaml', 'inside'));
    expect(() => writeAtomic(dir, 'blocked.yaml', 'x: 1\n')).toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('npm run jobs:import', () => {
  it('prints the report and exits 0 when the file was read, with one line per rejected row', () => {
    const dir = tempDir();
    const run = cli(join(FIX, 'ats-export.csv'), '--dir', dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'added: 3 (written: ats-req-2041.yaml, ats-req-2042.yaml, ats-req-2043.yaml)',
    );
    expect(run.out).toContain('rejected: 4');
    expect(run.out.match(/^rejected row/gm)).toHaveLength(4);
    expect(yamlFiles(dir)).toHaveLength(3);
  });

  it('writes nothing on a dry run', () => {
    const dir = tempDir();
    const run = cli(join(FIX, 'usajobs-search.json'), '--dir', dir, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Dry run, nothing written\./);
    expect(run.out).toContain('added: 3 (would be written:');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 1 with a clear message when the file itself is unusable', () => {
    const dir = tempDir();
    const notJson = cli(join(FIX, 'not-json.json'), '--dir', dir);
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain('not-json.json is not JSON');
    const header = cli(join(FIX, 'ats-missing-header.csv'), '--dir', dir);
    expect(header.code).toBe(1);
    expect(header.err).toContain('required column "title" is missing');
    const missing = cli(join(dir, 'nothing.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
    expect(cli(join(FIX, 'ats-export.csv'), '--format', 'xml').err).toContain(
      '--format xml: unknown',
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync('content/jobs/ats-req-2041.yaml')).toBe(false);
  });

  it('lists the CSV columns in --help', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    for (const c of ATS_COLUMNS) expect(run.out).toContain(c.name);
  });
});
