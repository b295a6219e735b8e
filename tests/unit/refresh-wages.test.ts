import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A temporary copy of content/, so the real data is never touched. */
function workspace(): string {
  const work = mkdtempSync(join(tmpdir(), 'ccm-wages-'));
  cpSync('content', join(work, 'content'), { recursive: true });
  return work;
}

/** Run the refresh script on a workspace; `args` may use the workspace path. */
function refresh(args: (work: string) => string[]) {
  const work = workspace();
  const run = spawnSync(
    process.execPath,
    ['scripts/refresh-wages.ts', '--content', join(work, 'content'), ...args(work)],
    { encoding: 'utf8' },
  );
  return { work, code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('npm run wages:refresh', () => {
  it('turns an OEWS file into a validated wages table and prints what changed', () => {
    const { work, code, out } = refresh((w) => [
      '--file',
      'tests/fixtures/oews/national_M2024_extract.csv',
      '--period',
      'May 2024',
      '--source',
      'bls-oews-may-2024-national',
      '--out',
      join(w, 'out.yaml'),
    ]);
    expect(code).toBe(0);
    expect(out).toContain('6 rows for 6 occupations (national, May 2024)');
    const table = parse(readFileSync(join(work, 'out.yaml'), 'utf8'));
    expect(table).toMatchObject({
      period: 'May 2024',
      scope: 'national',
      source: 'bls-oews-may-2024-national',
    });
    expect(table.rows.find((r: { soc: string }) => r.soc === '21-1022').median).toBe(68090);
    rmSync(work, { recursive: true, force: true });
  });

  it('reports no change when the committed table already matches the file', () => {
    const { work, code, out } = refresh(() => [
      '--file',
      'tests/fixtures/oews/national_M2025_extract.csv',
      '--period',
      'May 2025',
      '--source',
      'bls-oews-may-2025-national',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('no figures changed');
    rmSync(work, { recursive: true, force: true });
  });

  it('rejects a malformed file with a clear message and writes nothing', () => {
    const { work, code, out } = refresh((w) => [
      '--file',
      'tests/fixtures/oews/bad/not-oews.csv',
      '--period',
      'May 2024',
      '--source',
      'bls-oews-may-2024-national',
      '--out',
      join(w, 'out.yaml'),
    ]);
    expect(code).toBe(1);
    expect(out).toContain('not-oews.csv: no OCC_CODE column');
    expect(existsSync(join(work, 'out.yaml'))).toBe(false);
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses a table that breaks the schema (percentiles out of order) and keeps the old file', () => {
    const work = workspace();
    const bad = join(work, 'bad.csv');
    writeFileSync(
      bad,
      'OCC_CODE,OCC_TITLE,A_PCT10,A_MEDIAN,A_PCT90\n21-1022,Healthcare Social Workers,90000,50000,40000\n',
    );
    const out = join(work, 'content', 'wages', 'national-may-2025.yaml');
    const before = readFileSync(out, 'utf8');
    const run = spawnSync(
      process.execPath,
      [
        'scripts/refresh-wages.ts',
        '--content',
        join(work, 'content'),
        '--file',
        bad,
        '--period',
        'May 2025',
        '--source',
        'bls-oews-may-2025-national',
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/percentiles for 21-1022 in US must rise from p10 to p90/);
    expect(readFileSync(out, 'utf8')).toBe(before);
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses a source id that has no source entry', () => {
    const { work, code, out } = refresh(() => [
      '--file',
      'tests/fixtures/oews/national_M2024_extract.csv',
      '--period',
      'May 2024',
      '--source',
      'made-up',
    ]);
    expect(code).toBe(1);
    expect(out).toContain('--source made-up: no');
    rmSync(work, { recursive: true, force: true });
  });
});
