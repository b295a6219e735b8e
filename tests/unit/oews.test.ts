import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeChanges, parseFigure, parseOewsCsv } from '#src/lib/pay/oews-csv.ts';

const SOCS = ['21-1020', '21-1021', '21-1022', '21-1023', '21-1029', '29-1141'];
const STATES = new Map([
  ['Alabama', 'AL'],
  ['Texas', 'TX'],
]);
const read = (f: string) => readFileSync(`tests/fixtures/oews/${f}`, 'utf8');

describe('reading a BLS OEWS file', () => {
  it('reads the national file: every occupation, with employment, mean and five percentiles', () => {
    const { rows, problems } = parseOewsCsv(
      read('national_M2025_extract.csv'),
      'national.csv',
      SOCS,
      STATES,
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.soc)).toEqual(SOCS);
    expect(rows.find((r) => r.soc === '21-1022')).toEqual({
      area: 'US',
      soc: '21-1022',
      title: 'Healthcare Social Workers',
      employment: 187630,
      mean: 71790,
      p10: 46220,
      p25: 56710,
      median: 67880,
      p75: 82240,
      p90: 100360,
      hourlyMean: 34.51,
      hourlyP10: 22.22,
      hourlyP25: 27.27,
      hourlyMedian: 32.63,
      hourlyP75: 39.54,
      hourlyP90: 48.25,
    });
  });

  it('reads a semicolon-separated state extract with thousands separators, and says which statistics it lacks', () => {
    const { rows, missingColumns } = parseOewsCsv(
      read('state_M2023_extract.csv'),
      'state.csv',
      SOCS,
      STATES,
    );
    expect(rows.find((r) => r.area === 'TX' && r.soc === '21-1022')?.mean).toBe(64120);
    expect(missingColumns).toEqual([
      'employment',
      'p10',
      'p25',
      'median',
      'p75',
      'p90',
      'hourlyP10',
      'hourlyP25',
      'hourlyMedian',
      'hourlyP75',
      'hourlyP90',
    ]);
  });

  it('refuses a file that is not an OEWS table, naming the file and the missing column', () => {
    expect(() => parseOewsCsv(read('bad/not-oews.csv'), 'not-oews.csv', SOCS, STATES)).toThrow(
      /^not-oews\.csv: no OCC_CODE column/,
    );
  });

  it('reports and skips bad cells and duplicate rows, keeps good rows, ignores other occupations, and never guesses', () => {
    const { rows, problems } = parseOewsCsv(
      read('bad/hostile-rows.csv'),
      'hostile.csv',
      SOCS,
      STATES,
    );
    expect(rows.map((r) => r.soc)).toEqual(['21-1022', '21-1023', '21-1021']);
    const mh = rows.find((r) => r.soc === '21-1023')!;
    expect(mh.employment).toBeUndefined();
    expect(mh.p90).toBeUndefined();
    expect(mh.median).toBe(60280);
    expect(rows.find((r) => r.soc === '21-1021')!.mean).toBeUndefined();
    expect(rows.find((r) => r.soc === '21-1022')!.employment).toBe(187630);
    expect(problems.map((p) => p.message)).toEqual([
      '21-1023 US: TOT_EMP not published ("**"), left out',
      '21-1023 US: A_PCT90 is at or above BLS\'s top code ("#"), left out',
      '21-1021 US: A_MEAN is not a number ("lots"), left out',
      '21-1022 US: duplicate row, the first one is kept',
    ]);
  });

  it('reads BLS markers and numbers', () => {
    expect(parseFigure('61,780')).toBe(61780);
    expect(parseFigure('*')).toBe('suppressed');
    expect(parseFigure('#')).toBe('top-coded');
    expect(parseFigure('-5')).toBe('invalid');
    expect(parseFigure('')).toBeNull();
  });

  it('describes what changed between two versions of a table', () => {
    const a = [
      { area: 'US', soc: '21-1022', title: 'H', median: 68090 },
      { area: 'US', soc: '21-1029', title: 'O', median: 1 },
    ];
    const b = [
      { area: 'US', soc: '21-1022', title: 'H', median: 67880 },
      { area: 'US', soc: '21-1023', title: 'M', median: 60280 },
    ];
    expect(describeChanges(a, b)).toEqual([
      '~ 21-1022 US median: 68090 -> 67880',
      '+ 21-1023 US (new)',
      '- 21-1029 US (no longer in the file)',
    ]);
  });
});
