import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseProjectionsCentral } from '#src/lib/pay/projections-central.ts';
import { coverageNote, planStateProjections } from '#src/lib/pay/refresh.ts';

const SOCS = ['21-1020', '21-1021', '21-1022', '21-1023', '21-1029', '29-1141'];
const STATES = new Map([
  ['Alabama', 'AL'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ'],
  ['Nevada', 'NV'],
  ['Wyoming', 'WY'],
]);
const fixture = (f: string) => readFileSync(`tests/fixtures/data-refresh/${f}`, 'utf8');
const ALL_RN = fixture('projections-central-all-29-1141.json');
const NEVADA = fixture('projections-central-32.json');
const committed = parse(
  readFileSync('content/state-projections/projections-central-2024-34.yaml', 'utf8'),
) as { note: string; rows: { area: string; soc: string }[] };
const committedRow = (area: string, soc: string) =>
  committed.rows.find((r) => r.area === area && r.soc === soc);

describe('Projections Central long-term responses (verbatim extracts of the recorded responses)', () => {
  it('reads every state row of the all-states response equal to the committed table; the U.S. row and territories are left out by name', () => {
    const { baseYear, targetYear, rows, problems } = parseProjectionsCentral(
      ALL_RN,
      'all-29-1141',
      SOCS,
      STATES,
    );
    expect([baseYear, targetYear]).toEqual([2024, 2034]);
    expect(rows.map((r) => r.area)).toEqual(['AL', 'AK', 'AZ', 'NV', 'WY']);
    for (const r of rows) expect(r).toEqual(committedRow(r.area, r.soc));
    expect(problems).toEqual([
      "29-1141 United States: the national row, left out (a national figure is never shown as a state's)",
      '29-1141 Guam: not one of the 50 states or DC, left out',
      '29-1141 Virgin Islands: not one of the 50 states or DC, left out',
    ]);
  });

  it('reads a state’s response for the occupations asked for only, equal to the committed Nevada rows', () => {
    const { rows } = parseProjectionsCentral(NEVADA, 'nv', SOCS, STATES);
    expect(rows.map((r) => r.soc)).toEqual(['21-1021', '21-1022', '21-1023', '21-1029']);
    for (const r of rows) expect(r).toEqual(committedRow('NV', r.soc));
  });

  it('leaves out a row whose figure is blank or not a number (never zero), and says so', () => {
    const doc = JSON.parse(NEVADA);
    doc.rows[2].Projected = '';
    doc.rows[3].AvgAnnualOpenings = '**';
    const { rows, problems } = parseProjectionsCentral(JSON.stringify(doc), 'nv', SOCS, STATES);
    expect(rows.map((r) => r.soc)).toEqual(['21-1021', '21-1029']);
    expect(problems).toEqual([
      '21-1022 NV: employmentTarget not a number (not published?), row left out',
      '21-1023 NV: openingsPerYear not a number (not published?), row left out',
    ]);
  });

  it('reads the same rows when the fields come in another order', () => {
    const doc = JSON.parse(ALL_RN);
    doc.rows = doc.rows.map((r: Record<string, string>) =>
      Object.fromEntries(Object.entries(r).reverse()),
    );
    expect(parseProjectionsCentral(JSON.stringify(doc), 'x', SOCS, STATES).rows).toEqual(
      parseProjectionsCentral(ALL_RN, 'x', SOCS, STATES).rows,
    );
  });

  it('refuses, naming the file, a response that is not this layout, is one page of several, or mixes periods', () => {
    const parseIt = (text: string) => () =>
      parseProjectionsCentral(text, 'saved.json', SOCS, STATES);
    expect(parseIt('<html>')).toThrow(/^saved\.json: not JSON/);
    expect(parseIt('{"data": []}')).toThrow(/saved\.json: no "rows" array/);
    const paged = JSON.parse(ALL_RN);
    paged.pager.total_pages = 2;
    expect(parseIt(JSON.stringify(paged))).toThrow(
      /page 1 of 2; fetch it with items_per_page=1000/,
    );
    const noBase = JSON.parse(NEVADA);
    delete noBase.rows[1].Base;
    expect(parseIt(JSON.stringify(noBase))).toThrow(/saved\.json: row 2 has no Base/);
    const mixed = JSON.parse(NEVADA);
    mixed.rows[1].BaseYear = '2022';
    mixed.rows[1].ProjYear = '2032';
    expect(parseIt(JSON.stringify(mixed))).toThrow(/more than one period \(2022-2032, 2024-2034\)/);
  });
});

describe('planning the state projection table', () => {
  const ctx = (existing: Map<string, Record<string, unknown>>) => ({
    socs: SOCS,
    stateCodes: STATES,
    today: '2026-11-29',
    existing,
  });
  const current = () =>
    new Map<string, Record<string, unknown>>([
      ['state-projections/projections-central-2024-34.yaml', structuredClone(committed)],
      ['sources/projections-central-2024-34.yaml', {}],
    ]);
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('the committed note is the coverage note the refresh writes', () => {
    expect(committed.note).toBe(coverageNote(committed.rows, SOCS));
  });

  it('changes nothing when the responses carry the committed figures', () => {
    const out = planStateProjections(
      [
        { data: bytes(ALL_RN), file: 'all-29-1141' },
        { data: bytes(NEVADA), file: 'nv' },
      ],
      ctx(current()),
    );
    expect(out.planned).toEqual([]);
  });

  it('given a revised response, changes exactly the figures that differ and keeps the states it does not cover', () => {
    const doc = JSON.parse(ALL_RN);
    const al = doc.rows.find((r: { Area: string }) => r.Area === 'Alabama');
    al.Projected = '60000';
    al.Change = '3860';
    const out = planStateProjections(
      [{ data: bytes(JSON.stringify(doc)), file: 'x' }],
      ctx(current()),
    );
    expect(out.planned.map((p) => p.changes)).toEqual([
      [
        '~ AL 29-1141 2024-34 employmentTarget: 59990 -> 60000',
        '~ AL 29-1141 2024-34 changeNumeric: 3850 -> 3860',
      ],
    ]);
    const written = parse(out.planned[0]!.text) as typeof committed;
    expect(written.rows).toHaveLength(committed.rows.length);
    expect(written.rows.find((r) => r.area === 'TX')).toEqual(committedRow('TX', '29-1141'));
  });

  it('refuses a response whose figures do not add up, writing nothing', () => {
    const doc = JSON.parse(ALL_RN);
    doc.rows.find((r: { Area: string }) => r.Area === 'Alaska').Change = '6700';
    expect(() =>
      planStateProjections([{ data: bytes(JSON.stringify(doc)), file: 'x' }], ctx(current())),
    ).toThrow(
      /rows\.\d+\.changeNumeric: AK 29-1141: employmentTarget - employmentBase is 670, not 6700/,
    );
  });
});
