import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobsAsOf } from '#src/lib/jobs/as-of.ts';
import { checkedEntryId } from '#src/data/yaml-entries.ts';
import { jobSchema } from '#src/schemas/job.ts';
import { makeWageTableSchema } from '#src/schemas/wage-table.ts';
import { z } from 'astro/zod';

/** Content and build errors always name the file, the field and the fix (issue 13). */

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'ccm-build-errors-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('a collection entry', () => {
  const base = (dir: string) => pathToFileURL(`${dir}/`);
  const entry = (dir: string, name: string, text: string, data: unknown) => {
    writeFileSync(join(dir, name), text);
    return checkedEntryId({ entry: name, base: base(dir), data: data as Record<string, unknown> });
  };

  it('that is empty or only comments is named, and said to be empty', () => {
    const dir = tempDir();
    expect(() => entry(dir, 'empty.yaml', '# nothing yet\n', undefined)).toThrow(
      /empty\.yaml is empty \(or holds only comments\)/,
    );
  });

  it('with an impossible date is refused with the file and the field', () => {
    const dir = tempDir();
    const text = 'id: x\ndatePosted: 2026-02-30\n';
    expect(() =>
      entry(dir, 'x.yaml', text, { id: 'x', datePosted: new Date('2026-03-02') }),
    ).toThrow(/x\.yaml: field "datePosted" is 2026-02-30, which is not a day in the calendar/);
  });

  it('keeps the file name as the id otherwise', () => {
    const dir = tempDir();
    expect(
      entry(dir, 'acme-lcsw.yaml', 'id: acme-lcsw\ndatePosted: 2026-02-28\n', { id: 'acme-lcsw' }),
    ).toBe('acme-lcsw');
  });
});

describe('impossible dates', () => {
  it('are refused by the jobs schema when written as text (form-made and imported files)', () => {
    const job = parse(readFileSync('content/jobs/example-boston-hospital-licsw.yaml', 'utf8'));
    const bad = jobSchema.safeParse({ ...job, datePosted: '2026-02-30' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]?.path).toEqual(['datePosted']);
    expect(bad.error!.issues[0]?.message).toMatch(/not a day in the calendar/);
  });
  it('are refused in JOBS_AS_OF', () => {
    expect(() => jobsAsOf({ JOBS_AS_OF: '2026-02-30' })).toThrow(
      /JOBS_AS_OF="2026-02-30" is not a date/,
    );
    expect(jobsAsOf({ JOBS_AS_OF: '2026-02-28' }).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });
});

describe('the wage table schema', () => {
  const schema = makeWageTableSchema(z.string());
  const row = { area: 'TX', soc: '21-1022', title: 'Healthcare Social Workers', median: 60000 };
  const table = (rows: unknown[]) => ({ period: 'May 2024', scope: 'state', source: 'x', rows });

  it('refuses an area code that is not a state or DC', () => {
    const r = schema.safeParse(table([{ ...row, area: 'ZZ' }]));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]?.message).toMatch(/"ZZ" is not a US state or DC/);
  });
  it('refuses two rows for the same area and occupation', () => {
    const r = schema.safeParse(table([row, { ...row, median: 61000 }]));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]?.path).toEqual(['rows', 1]);
    expect(r.error!.issues[0]?.message).toMatch(/a second row for 21-1022 in TX/);
  });
});
