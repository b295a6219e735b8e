import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { csvGrid, xlsxGrid } from '#src/lib/pay/files.ts';
import { parseOewsGrid } from '#src/lib/pay/oews-csv.ts';
import { parseEpTable } from '#src/lib/pay/ep-table.ts';
import { parseRppCsv } from '#src/lib/pay/rpp-csv.ts';
import { makeWageTableSchema } from '#src/schemas/wage-table.ts';
import { xlsx } from '../xlsx-fixture.ts';

const SOCS = ['21-1020', '21-1021', '21-1022', '21-1023', '21-1029', '29-1141'];
const STATES = new Map([
  ['Alabama', 'AL'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ'],
  ['Wyoming', 'WY'],
]);
const fixture = (f: string) => readFileSync(`tests/fixtures/data-refresh/${f}`, 'utf8');
const content = (f: string) => parse(readFileSync(`content/${f}`, 'utf8'));
/** The same grid with its columns in reverse order: a changed column order. */
const reversed = (grid: string[][]) => grid.map((r) => [...r].reverse());

describe('OEWS national workbook (verbatim extract of national_M2025_dl)', () => {
  const grid = csvGrid(fixture('national_M2025_dl.csv'));
  const committed = content('wages/national-may-2025.yaml');

  it('reads every figure of the five occupations, equal to the committed May 2025 table', () => {
    const { rows, problems, missingColumns } = parseOewsGrid(grid, 'national', SOCS, STATES);
    expect(problems).toEqual([]);
    expect(missingColumns).toEqual([]);
    expect(rows.map((r) => r.soc)).toEqual(['21-1021', '21-1022', '21-1023', '21-1029', '29-1141']);
    for (const r of rows)
      expect(r).toEqual(committed.rows.find((c: { soc: string }) => c.soc === r.soc));
  });

  it('keeps a suppressed cell as "not published" with BLS’s mark, never as a number, and the table still validates', () => {
    const { rows, problems } = parseOewsGrid(grid, 'national', ['11-9032'], STATES);
    const edu = rows[0]!; // a TypeError here fails the test as clearly as an assertion
    expect(edu.hourlyMedian).toBeUndefined();
    expect(edu.median).toBe(105870);
    expect(edu.notPublished).toEqual({
      hourlyMean: '*',
      hourlyP10: '*',
      hourlyP25: '*',
      hourlyMedian: '*',
      hourlyP75: '*',
      hourlyP90: '*',
    });
    expect(problems.map((p) => p.message)).toContain(
      '11-9032 US: H_MEDIAN not published ("*"), left out',
    );
    const table = { period: 'May 2025', scope: 'national', source: 'x', rows };
    expect(makeWageTableSchema(z.string()).safeParse(table).success).toBe(true);
  });

  it('reads the same figures when the columns come in another order', () => {
    expect(parseOewsGrid(reversed(grid), 'national', SOCS, STATES).rows).toEqual(
      parseOewsGrid(grid, 'national', SOCS, STATES).rows,
    );
  });

  it('reads the same figures from an .xlsx workbook as from its CSV', async () => {
    const book = xlsx([{ name: 'national_M2025_dl', rows: grid }]);
    const fromXlsx = parseOewsGrid(await xlsxGrid(book, 'book.xlsx'), 'x', SOCS, STATES).rows;
    expect(fromXlsx).toEqual(parseOewsGrid(grid, 'x', SOCS, STATES).rows);
  });

  it('reads state rows (AREA_TYPE 2, PRIM_STATE) by postal code, and reports areas it does not know', () => {
    const [header = [], ...rest] = grid;
    const at = (name: string) => header.indexOf(name);
    const target = rest.find((r) => r[at('OCC_CODE')] === '21-1022')!;
    const asArea = (code: string, title: string, type: string) => {
      const r = [...target];
      r[at('AREA')] = code;
      r[at('AREA_TITLE')] = title;
      r[at('AREA_TYPE')] = type;
      r[at('PRIM_STATE')] = title === 'Guam' ? 'GU' : 'AL';
      return r;
    };
    const { rows, problems } = parseOewsGrid(
      [header, asArea('01', 'Alabama', '2'), asArea('66', 'Guam', '3')],
      'state',
      SOCS,
      STATES,
    );
    expect(rows.map((r) => `${r.area} ${r.soc}`)).toEqual(['AL 21-1022']);
    expect(problems.map((p) => p.message)).toEqual(['unknown area "Guam" for 21-1022']);
  });
});

describe('Employment Projections Table 1.2 (verbatim extract of occupation.xlsx)', () => {
  const grid = csvGrid(fixture('occupation_table_1_2.csv'));
  const committed = (soc: string) => content(`projections/${soc}-2024-34.yaml`);

  it('reads the edition’s years and every occupation’s figures in jobs, equal to the committed files; footnote rows are ignored', () => {
    const ep = parseEpTable(grid, 'occupation.xlsx', SOCS);
    expect([ep.baseYear, ep.targetYear]).toEqual([2024, 2034]);
    expect(ep.problems).toEqual([]);
    expect(ep.rows.map((r) => r.soc)).toEqual(SOCS);
    for (const r of ep.rows) {
      const c = committed(r.soc);
      for (const k of [
        'employmentBase',
        'employmentTarget',
        'changeNumeric',
        'percentChange',
        'openingsPerYear',
        'typicalEducation',
        'workExperience',
        'onTheJobTraining',
      ] as const)
        expect(r[k], `${r.soc} ${k}`).toBe(c[k]);
    }
    // The summary row's "—" cells are "not available", not text.
    expect(ep.rows[0]!.typicalEducation).toBeUndefined();
  });

  it('reads the same figures when the columns come in another order', () => {
    expect(parseEpTable(reversed(grid), 'x', SOCS)).toEqual(parseEpTable(grid, 'x', SOCS));
  });

  it('reads a newer edition’s years from the header', () => {
    const next = grid.map((r) => r.map((c) => c.replace(/2034/g, '2035').replace(/2024/g, '2025')));
    const ep = parseEpTable(next, 'x', SOCS);
    expect([ep.baseYear, ep.targetYear]).toEqual([2025, 2035]);
  });

  it('refuses a table without a column it needs, naming the file and the column', () => {
    const at = grid.findIndex((r) => r.some((c) => /matrix code/i.test(c)));
    const broken = grid.map((r, i) =>
      i === at ? r.map((c) => c.replace(/openings/, 'slots')) : r,
    );
    expect(() => parseEpTable(broken, 'occupation.xlsx', SOCS)).toThrow(
      'occupation.xlsx: no "Occupational openings" column',
    );
  });
});

describe('BEA SARPP (verbatim extract)', () => {
  it('keeps "RPPs: All items" for the newest year, by postal code, equal to the committed 2024 table; other lines and the footer are ignored', () => {
    const rpp = parseRppCsv(fixture('SARPP_STATE_2008_2024.csv'), 'SARPP.csv', STATES);
    const committed = content('price-parities/bea-rpp-2024.yaml');
    expect(rpp.year).toBe(2024);
    expect(rpp.problems).toEqual([]);
    expect(rpp.rows.map((r) => r.area)).toEqual(['US', 'AL', 'AK', 'WY']);
    for (const r of rpp.rows)
      expect(r.index).toBe(committed.rows.find((c: { area: string }) => c.area === r.area).index);
  });

  it('refuses a file that is not BEA’s layout', () => {
    expect(() => parseRppCsv('a,b\n1,2\n', 'other.csv', STATES)).toThrow(
      'other.csv: no GeoName or LineCode column',
    );
  });
});
