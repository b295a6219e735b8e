import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { comparisonFigure, comparisonSoc } from '#src/lib/jobs/pay-comparison.ts';
import { payContext } from '#src/lib/job-descriptions/builder/pay-context.ts';
import type { PayData } from '#src/lib/job-descriptions/builder/types.ts';
import type { WageRow } from '#src/schemas/wage-table.ts';

type Table = { scope: string; period: string; source: string; rows: WageRow[] };
/** The wage tables the site is built from, read straight from content/wages/. */
const tables = readdirSync('content/wages')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    data: parse(readFileSync(`content/wages/${f}`, 'utf8')) as Table,
  }));
const stateTable = tables.find((t) => t.id === 'state-may-2025')!;
const national = tables.find((t) => t.id === 'national-may-2025')!;
const rowOf = (t: { data: Table }, soc: string, area: string) =>
  t.data.rows.find((r) => r.soc === soc && r.area === area)!;
const STATES = [...new Set(stateTable.data.rows.map((r) => r.area))];
const JOBS = [
  { licenseRequired: ['RN'], setting: 'hospital' },
  { licenseRequired: ['LCSW'], setting: 'behavioral-health' },
  { licenseRequired: ['LMSW'], setting: 'child-family' },
  { licenseRequired: [], setting: 'health-plan' },
];

describe('a posting’s pay comparison, on the site’s wage data', () => {
  it('uses the May 2025 state table, the newest, for every state and comparable occupation: its median and middle half', () => {
    expect(stateTable.data.period).toBe('May 2025');
    for (const state of STATES)
      for (const job of JOBS) {
        const soc = comparisonSoc(job);
        const fig = comparisonFigure(tables, { ...job, location: { state } })!;
        const expected = rowOf(stateTable, soc, state);
        expect(fig.table.id, `${state} ${soc}`).toBe('state-may-2025');
        expect(fig.stat).toBe('median');
        expect(fig.row.median).toBe(expected.median);
        expect([fig.row.p25, fig.row.p75]).toEqual([expected.p25, expected.p75]);
      }
  });

  it('gives figures read from the data: Texas healthcare social workers, Texas registered nurses', () => {
    const tx = comparisonFigure(tables, { ...JOBS[3]!, location: { state: 'TX' } })!;
    expect([tx.row.soc, tx.row.median, tx.row.p25, tx.row.p75]).toEqual([
      '21-1022',
      rowOf(stateTable, '21-1022', 'TX').median,
      rowOf(stateTable, '21-1022', 'TX').p25,
      rowOf(stateTable, '21-1022', 'TX').p75,
    ]);
    // Typed in from the source: a refresh that changes it must be checked.
    expect(tx.row.median).toBe(69990);
    const rn = comparisonFigure(tables, { ...JOBS[0]!, location: { state: 'TX' } })!;
    expect(rn.row.median).toBe(95970);
  });

  it('compares a remote job with the May 2025 national median', () => {
    const fig = comparisonFigure(tables, JOBS[1]!)!;
    expect(fig.area).toBe('US');
    expect(fig.table.id).toBe('national-may-2025');
    expect(fig.row.median).toBe(rowOf(national, '21-1023', 'US').median);
  });

  it('falls back to the national figure, saying BLS did not publish one, when the state row has no pay', () => {
    const withGap = [
      national,
      {
        id: 'state-test',
        data: {
          ...stateTable.data,
          rows: [
            {
              area: 'TX',
              soc: '21-1022',
              title: 'Healthcare Social Workers',
              notPublished: { median: '*' as const, mean: '*' as const },
            },
          ],
        },
      },
    ];
    const fig = comparisonFigure(withGap, { ...JOBS[3]!, location: { state: 'TX' } })!;
    expect([fig.area, fig.stateNotPublished]).toEqual(['US', true]);
    const absent = comparisonFigure(withGap, { ...JOBS[3]!, location: { state: 'OH' } })!;
    expect([absent.area, absent.stateNotPublished]).toEqual(['US', false]);
  });
});

describe('the builder’s pay context, on the site’s wage data', () => {
  const source = { publisher: 'BLS', label: 'BLS OEWS', href: '/sources/', period: 'May 2025' };
  const byState: Record<string, WageRow[]> = {};
  for (const r of stateTable.data.rows) (byState[r.area] ??= []).push(r);
  const pay: PayData = {
    national: { source, rows: national.data.rows },
    state: { source, rows: byState },
  };

  it('shows the state’s May 2025 rows with the template’s occupation first: median and percentiles from the data', () => {
    for (const [variant, soc] of [
      ['nurse', '29-1141'],
      ['behavioral-health', '21-1023'],
      ['child-family', '21-1021'],
      ['hospital', '21-1022'],
    ] as const) {
      const ctx = payContext(pay, 'TX', variant);
      const first = ctx.state!.rows[0]!;
      const data = rowOf(stateTable, soc, 'TX');
      expect(first.soc, variant).toBe(soc);
      expect([first.p10, first.p25, first.median, first.p75, first.p90]).toEqual([
        data.p10,
        data.p25,
        data.median,
        data.p75,
        data.p90,
      ]);
      expect(ctx.national.rows[0]!.median).toBe(rowOf(national, soc, 'US').median);
    }
  });
});
