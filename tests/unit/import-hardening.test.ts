import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobSchema } from '#src/schemas/job.ts';
import { readAtsCsv } from '#src/lib/jobs/import/ats.ts';
import { decodeInput } from '#src/lib/jobs/import/encoding.ts';
import { formatReport, planImport } from '#src/lib/jobs/import/index.ts';
import { readUsajobs } from '#src/lib/jobs/import/usajobs.ts';
import { htmlToText, oneLine } from '#src/lib/jobs/import/text.ts';
import { applyPlan, cleanStaleTemporaryFiles, readExisting } from '../../scripts/lib/job-files';

/**
 * The defects found by feeding the importers hostile and malformed files (issue 13). Each test failed
 * before its fix.
 */

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'ccm-import-hardening-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** One CSV row with every required column filled; `over` replaces or adds columns. */
const ROW: Record<string, string> = {
  source_id: 'REQ-1',
  title: 'Clinical Case Manager',
  employer_name: 'Fixture Health',
  city: 'Boston',
  state: 'MA',
  setting: 'hospital',
  employment_type: 'full-time',
  description: 'Coordinate care for adults leaving the hospital, with the care team and families.',
  date_posted: '2026-11-20',
  valid_through: '2027-01-15',
  apply_url: 'https://fixture-health.example.org/apply',
};
const csv = (...rows: Record<string, string>[]) =>
  Papa.unparse(rows.map((r) => ({ ...ROW, ...r })));

/** One USAJOBS search result item; `over` replaces fields of MatchedObjectDescriptor. */
function usajobsItem(over: Record<string, unknown> = {}, details: Record<string, unknown> = {}) {
  return {
    MatchedObjectDescriptor: {
      PositionID: 'VA-27-HARD-1',
      PositionTitle: 'Social Worker (Case Manager)',
      PositionURI: 'https://www.usajobs.gov/job/900000901',
      ApplyURI: ['https://www.usajobs.gov/job/900000901/apply'],
      PositionLocation: [
        {
          LocationName: 'Houston, Texas',
          CountryCode: 'United States',
          CountrySubDivisionCode: 'Texas',
          CityName: 'Houston, Texas',
        },
      ],
      OrganizationName: 'Fixture Health Care System',
      PositionSchedule: [{ Name: 'Full-time', Code: '1' }],
      PositionRemuneration: [
        { MinimumRange: '74584', MaximumRange: '96958', RateIntervalCode: 'PA' },
      ],
      PublicationStartDate: '2026-11-16T00:00:00.0000',
      ApplicationCloseDate: '2026-12-16T23:59:59.9970',
      QualificationSummary: 'A current, full and unrestricted social work license.',
      UserArea: {
        Details: {
          JobSummary: 'This posting stands for a case management social worker.',
          ...details,
        },
      },
      ...over,
    },
  };
}
const usajobs = (...items: unknown[]) =>
  JSON.stringify({ SearchResult: { SearchResultItems: items } });

/** Import `text` into `dir` as the script does. */
function importCsv(dir: string, text: string) {
  const plan = planImport(readAtsCsv(text, 'x.csv'), readExisting(dir));
  applyPlan(plan, dir);
  return plan;
}

describe('an import never replaces a posting from another source record', () => {
  it('rejects a source id that makes the same file name as an earlier import (R01, then r01)', () => {
    const dir = tempDir();
    expect(importCsv(dir, csv({ source_id: 'R01' })).added.map((e) => e.id)).toEqual(['ats-r01']);
    const before = readFileSync(join(dir, 'ats-r01.yaml'), 'utf8');
    const second = importCsv(dir, csv({ source_id: 'r01', title: 'Another Case Manager' }));
    expect(second.updated).toEqual([]);
    expect(second.rejected[0]?.reasons[0]).toMatch(
      /^id: ats-r01\.yaml already holds the posting with source id "R01"; this record's source id is "r01"\..*id column/,
    );
    expect(readFileSync(join(dir, 'ats-r01.yaml'), 'utf8')).toBe(before);
  });

  it('rejects R_01 after R-01, and an id column naming a file another record made', () => {
    const dir = tempDir();
    importCsv(dir, csv({ source_id: 'R-01' }));
    expect(importCsv(dir, csv({ source_id: 'R_01' })).rejected).toHaveLength(1);
    const named = importCsv(dir, csv({ source_id: 'OTHER-9', id: 'ats-r-01' }));
    expect(named.rejected[0]?.reasons[0]).toMatch(
      /source id "R-01"; this record's source id is "OTHER-9"/,
    );
    expect(parse(readFileSync(join(dir, 'ats-r-01.yaml'), 'utf8')).source.id).toBe('R-01');
  });

  it('still updates the file when the same source record changed', () => {
    const dir = tempDir();
    importCsv(dir, csv({ source_id: 'R01' }));
    const again = importCsv(dir, csv({ source_id: 'R01', valid_through: '2027-02-01' }));
    expect(again.updated.map((e) => e.id)).toEqual(['ats-r01']);
  });

  it('names both source ids when two records in one file make the same id', () => {
    const plan = planImport(readAtsCsv(csv({ source_id: 'R01' }, { source_id: 'r01' })), new Map());
    expect(plan.rejected[0]?.reasons[0]).toMatch(
      /^id: ats-r01 is already used by row 2 \(ats-r01\) \(source id "R01"\); this record's source id is "r01"/,
    );
  });
});

describe('USAJOBS pay, places and text', () => {
  it('rejects a pay range whose minimum is above its maximum, naming both figures', () => {
    const item = usajobsItem({
      PositionRemuneration: [
        { MinimumRange: '96958', MaximumRange: '74584', RateIntervalCode: 'PA' },
      ],
    });
    const plan = planImport(readUsajobs(usajobs(item)), new Map());
    expect(plan.added).toEqual([]);
    expect(plan.rejected[0]?.reasons.join(' ')).toContain(
      'PositionRemuneration: the minimum 96958 is above the maximum 74584',
    );
  });

  it('imports "Anywhere in the U.S. (remote job)" as remote when RemoteIndicator is missing', () => {
    const item = usajobsItem({
      PositionLocation: [
        {
          LocationName: 'Anywhere in the U.S. (remote job)',
          CountryCode: 'United States',
          CountrySubDivisionCode: '',
          CityName: 'Anywhere in the U.S. (remote job)',
        },
      ],
    });
    const plan = planImport(readUsajobs(usajobs(item)), new Map());
    expect(plan.rejected).toEqual([]);
    expect(parse(plan.added[0]?.yaml ?? '').remote).toEqual({ eligible: 'US' });
  });
});

describe('long titles and descriptions are shortened, not rejected', () => {
  const longTitle = `Clinical Case Manager ${'Überweisungskoordination '.repeat(8)}🙂 Team`;
  it('shortens a USAJOBS title at a word boundary with an ellipsis and says so', () => {
    const plan = planImport(
      readUsajobs(usajobs(usajobsItem({ PositionTitle: longTitle }))),
      new Map(),
    );
    expect(plan.rejected).toEqual([]);
    const title: string = parse(plan.added[0]?.yaml ?? '').title;
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title).toMatch(/ Überweisungskoordination…$/);
    expect(plan.added[0]?.notes.join(' ')).toMatch(/title shortened to 120 characters/);
  });

  it('shortens a CSV title and description the same way', () => {
    const plan = planImport(
      readAtsCsv(csv({ title: longTitle, description: 'Coordinate care. '.repeat(1300) })),
      new Map(),
    );
    expect(plan.rejected).toEqual([]);
    const job = parse(plan.added[0]?.yaml ?? '');
    expect(job.title).toMatch(/…$/);
    expect(job.description.length).toBeLessThanOrEqual(20_000);
    expect(job.description).toMatch(/care\.…$/);
    expect(plan.added[0]?.notes.join(' ')).toMatch(/description shortened to 20000 characters/);
  });

  it('cuts a title without spaces between characters, never inside an emoji', () => {
    const plan = planImport(readAtsCsv(csv({ title: '🙂'.repeat(100) })), new Map());
    const title: string = parse(plan.added[0]?.yaml ?? '').title;
    expect(title).toBe(`${'🙂'.repeat(59)}…`);
  });
});

describe('bidirectional control characters', () => {
  const rlo = '\u202e';
  it('are stripped from every field by both importers', () => {
    const fromCsv = planImport(
      readAtsCsv(csv({ employer_name: `Acme ${rlo}Health\u2066`, city: `Bos${rlo}ton` })),
      new Map(),
    );
    const fromUsajobs = planImport(
      readUsajobs(usajobs(usajobsItem({ OrganizationName: `VA ${rlo}Houston\u2069` }))),
      new Map(),
    );
    for (const e of [...fromCsv.added, ...fromUsajobs.added])
      expect(e.yaml).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(parse(fromCsv.added[0]?.yaml ?? '').location.city).toBe('Boston');
  });

  it('are refused in one-line fields of hand-written files, naming the field', () => {
    const job = parse(readFileSync('content/jobs/example-boston-hospital-licsw.yaml', 'utf8'));
    const bad = jobSchema.safeParse({ ...job, employer: { name: `Acme ${rlo}Health` } });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]?.path).toEqual(['employer', 'name']);
    expect(bad.error!.issues[0]?.message).toMatch(/direction control characters/);
  });
});

describe('a CSV that is not UTF-8', () => {
  it('is refused with "save as CSV UTF-8" when it holds Windows-1252 bytes', () => {
    const bytes = Buffer.from('source_id,title\nR1,Caf\xe9 Case Manager\n', 'latin1');
    expect(() => decodeInput(bytes, 'export.csv')).toThrow(/export\.csv is not UTF-8.*CSV UTF-8/);
  });
  it('is refused when it is UTF-16 (byte-order mark)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('source_id', 'utf16le')]);
    expect(() => decodeInput(bytes, 'export.csv')).toThrow(/UTF-16.*CSV UTF-8/);
  });
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeInput(Buffer.from('\ufeffsource_id,Café'), 'x.csv')).toBe('source_id,Café');
  });
});

describe('terminal escape sequences', () => {
  it('in header names are removed before they are printed', () => {
    const header = `source_id,title,\u001b[2J\u001b[31mevil\u001b]0;pwned\u0007\n`;
    let message = '';
    try {
      readAtsCsv(header, 'x.csv');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('unknown column');
    // eslint-disable-next-line no-control-regex
    expect(message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
  it('in any line of the report are removed', () => {
    const report = formatReport(
      {
        source: 'ats',
        added: [],
        updated: [],
        unchanged: [],
        rejected: [{ ref: 'row 2 \u001b[31m', reasons: ['x: \u001b]0;t\u0007 bad'] }],
      },
      { dryRun: true, dir: 'content/jobs' },
    );
    // eslint-disable-next-line no-control-regex
    expect(report).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});

describe('temporary files', () => {
  it('left by a killed import are removed at the start of the next run', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.ats-r01.yaml.999999999.1700000000000.tmp'), '');
    writeFileSync(join(dir, 'keep.yaml'), 'id: keep\n');
    expect(cleanStaleTemporaryFiles(dir)).toEqual(['.ats-r01.yaml.999999999.1700000000000.tmp']);
    expect(readdirSync(dir)).toEqual(['keep.yaml']);
  });
  it('of an import still running are left alone', () => {
    const dir = tempDir();
    const mine = `.ats-r01.yaml.${process.pid}.1700000000000.tmp`;
    writeFileSync(join(dir, mine), '');
    expect(cleanStaleTemporaryFiles(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual([mine]);
  });
});

describe('error messages say what to write instead', () => {
  const reasons = (over: Record<string, string>) =>
    planImport(readAtsCsv(csv(over)), new Map()).rejected[0]?.reasons ?? [];

  it('for a title that is too short', () => {
    expect(reasons({ title: 'CM' })).toEqual([
      'title: too short (2 characters). Write at least 3 characters.',
    ]);
  });
  it('for an empty title', () => {
    expect(reasons({ title: '' })).toEqual(['title: empty. Write the job title.']);
  });
  it('for pay 0: one reason, no spurious pay-period reason', () => {
    expect(reasons({ pay_min: '0', pay_per: 'year' })).toEqual([
      'pay_min: "0" is not a pay figure. Write a number of dollars, e.g. 68000 or 34.50.',
    ]);
  });
  it('for 1e5, which is not a pay figure', () => {
    expect(reasons({ pay_min: '1e5', pay_per: 'year' })).toEqual([
      'pay_min: "1e5" is not a pay figure. Write a number of dollars, e.g. 68000 or 34.50.',
    ]);
  });
  it('for remote states in a hand-written file (no "did not match union")', () => {
    const job = parse(readFileSync('content/jobs/example-boston-hospital-licsw.yaml', 'utf8'));
    const bad = jobSchema.safeParse({ ...job, remote: { eligible: 'anywhere' } });
    expect(bad.error!.issues.map((i) => i.message).join(' ')).toMatch(
      /write US for anywhere in the United States, or a list of two-letter state codes/,
    );
  });
  it('for a USAJOBS item without a PositionTitle', () => {
    const plan = planImport(readUsajobs(usajobs(usajobsItem({ PositionTitle: '' }))), new Map());
    expect(plan.rejected[0]?.reasons).toEqual(['PositionTitle: empty. Write the job title.']);
  });
});

describe('HTML and entities are read by a parser (issue 18)', () => {
  it('decodes every named entity, not a table of fourteen', () => {
    expect(htmlToText('Caf&eacute; &rarr; Se&ntilde;or &frac12; &copy;')).toBe('Café → Señor ½ ©');
    expect(oneLine('Ni&ntilde;os &amp; Familias')).toBe('Niños & Familias');
  });
  it('does not leak attribute text when an attribute holds ">"', () => {
    expect(htmlToText('<a title="a>b" href="x">Apply</a> today')).toBe('Apply today');
    expect(oneLine('<span data-x="1>2">Case Manager</span>')).toBe('Case Manager');
  });
  it('drops comments and keeps words joined across inline tags', () => {
    expect(htmlToText('<!-- <p>hidden</p> -->Re<b>ad</b> this')).toBe('Read this');
  });
});

describe('npm run jobs:import on hostile files', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/jobs-import.ts', ...args], { encoding: 'utf8' });

  it('refuses a Windows-1252 CSV with "save as CSV UTF-8" and writes nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'export.csv');
    writeFileSync(file, Buffer.from(`${csv({ title: 'Caf\xe9 Case Manager' })}\n`, 'latin1'));
    const run = cli(file, '--dir', join(dir, 'jobs'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('export.csv is not UTF-8');
    expect(run.stderr).toContain('CSV UTF-8');
  });

  it('removes the temporary file a killed run left, and prints no escape sequence from a header', () => {
    const dir = tempDir();
    const jobs = join(dir, 'jobs');
    mkdirSync(jobs);
    writeFileSync(join(jobs, '.ats-r01.yaml.999999999.1700000000000.tmp'), '');
    const file = join(dir, 'export.csv');
    writeFileSync(file, csv({}));
    expect(cli(file, '--dir', jobs).status).toBe(0);
    expect(readdirSync(jobs)).toEqual(['ats-req-1.yaml']);
    writeFileSync(file, 'source_id,\u001b[2Jtitle\n');
    // eslint-disable-next-line no-control-regex
    expect(cli(file, '--dir', jobs).stderr).not.toMatch(/\u001b/);
  });
});
