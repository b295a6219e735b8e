import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeStateProjectionTableSchema } from '#src/schemas/state-projection.ts';
import { signedCount, stateOutlook } from '#src/lib/pay/state-outlook.ts';

const schema = makeStateProjectionTableSchema(z.string());
const file = parse(
  readFileSync('content/state-projections/projections-central-2024-34.yaml', 'utf8'),
) as unknown;
const row = {
  area: 'NV',
  soc: '21-1022',
  title: 'Healthcare Social Workers',
  employmentBase: 1100,
  employmentTarget: 1330,
  changeNumeric: 230,
  percentChange: 21,
  openingsPerYear: 120,
};
const table = (rows: unknown[]) => ({ baseYear: 2024, targetYear: 2034, source: 's', rows });
const messages = (t: unknown) => {
  const r = schema.safeParse(t);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('state projection tables', () => {
  it('the site’s table passes: every figure adds up, one row per state and occupation, 50 states and DC', () => {
    const t = schema.parse(file);
    expect(new Set(t.rows.filter((r) => r.soc === '29-1141').map((r) => r.area)).size).toBe(51);
    expect(t.rows.filter((r) => r.area === 'NV').map((r) => r.soc)).toEqual([
      '21-1021',
      '21-1022',
      '21-1023',
      '21-1029',
      '29-1141',
    ]);
  });

  it('refuses a mistyped figure, naming the row: a change that does not match the two employment figures', () => {
    expect(messages(table([{ ...row, employmentTarget: 1390 }]))).toEqual([
      'rows.0.changeNumeric: NV 21-1022: employmentTarget - employmentBase is 290, not 230; check the figures against the source',
    ]);
  });

  it('refuses a percent that does not follow from the change, beyond rounding to tens', () => {
    expect(messages(table([{ ...row, percentChange: 12 }]))).toEqual([
      expect.stringMatching(
        /^rows\.0\.percentChange: NV 21-1022: a change of 230 on 1100 is 20\.9%, not 12%/,
      ),
    ]);
    // Rounding: Hawaii's published figures miss by exactly 10 jobs and still pass.
    expect(
      messages(
        table([
          {
            ...row,
            area: 'HI',
            soc: '29-1141',
            employmentBase: 13440,
            employmentTarget: 14760,
            changeNumeric: 1310,
            percentChange: 9.8,
            openingsPerYear: 830,
          },
        ]),
      ),
    ).toEqual([]);
  });

  it('refuses a state twice for one occupation, a territory, and a period that runs backward', () => {
    expect(messages(table([row, row]))).toEqual([
      'rows.1: NV 21-1022 appears twice: keep one row per state and occupation',
    ]);
    expect(messages(table([{ ...row, area: 'GU' }]))[0]).toMatch(/"GU" is not a US state or DC/);
    expect(messages({ ...table([row]), targetYear: 2020 })).toEqual([
      'targetYear: targetYear 2020 must come after baseYear 2024',
    ]);
  });
});

describe('a state’s outlook lines', () => {
  const occupations = [
    { soc: '21-1022', title: 'Healthcare Social Workers' },
    { soc: '29-1141', title: 'Registered Nurses' },
  ];
  const rn = { ...row, soc: '29-1141', title: 'Registered Nurses' };
  it('keeps the occupations’ order, puts the national change beside each, and names what the table lacks', () => {
    const national = new Map([
      ['21-1022', 6.5],
      ['29-1141', 4.9],
    ]);
    const nv = stateOutlook([rn, row], 'NV', occupations, national);
    expect(nv.lines.map((l) => [l.soc, l.usPercent])).toEqual([
      ['21-1022', 6.5],
      ['29-1141', 4.9],
    ]);
    expect(nv.missing).toEqual([]);
    const tx = stateOutlook([{ ...rn, area: 'TX' }], 'TX', occupations, national);
    expect(tx.lines.map((l) => l.soc)).toEqual(['29-1141']);
    expect(tx.missing).toEqual([{ soc: '21-1022', title: 'Healthcare Social Workers' }]);
  });
  it('signs a change in jobs', () => {
    expect([signedCount(3850), signedCount(-50), signedCount(0)]).toEqual(['+3,850', '−50', '0']);
  });
});
