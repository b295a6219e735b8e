import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { StateRules } from '#src/schemas/state.ts';
import { compareRows, parseSelection, selectionQuery } from '#src/lib/licensing/compare.ts';

const refs = (v: unknown, key = ''): unknown =>
  Array.isArray(v)
    ? v.map((x) => refs(x))
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, refs(x, k)]))
      : key === 'source' && typeof v === 'string'
        ? { collection: 'sources', id: v }
        : v;
const state = (code: string) =>
  refs(parse(readFileSync(`content/states/${code}.yaml`, 'utf8'))) as StateRules;

describe('the comparison selection in the URL', () => {
  const codes = ['TX', 'NY', 'OH', 'CA'];
  it('reads ?s=tx,ny and the repeated ?s=tx&s=ny a plain form sends', () => {
    expect(parseSelection('?s=tx,ny', codes)).toEqual(['tx', 'ny']);
    expect(parseSelection('s=TX&s=ny&s=', codes)).toEqual(['tx', 'ny']);
  });
  it('drops unknown codes and repeats, and keeps at most three', () => {
    expect(parseSelection('s=tx,zz,tx,ny,oh,ca', codes)).toEqual(['tx', 'ny', 'oh']);
    expect(parseSelection('', codes)).toEqual([]);
  });
  it('writes the short form back', () => {
    expect(selectionQuery(['tx', 'ny'])).toBe('?s=tx,ny');
    expect(selectionQuery([])).toBe('');
  });
});

describe('the comparison rows', () => {
  const rows = compareRows([state('tx'), state('oh'), state('tn'), state('mn')], {
    pay: new Map([
      [
        'TX',
        {
          period: 'May 2023',
          source: 'bls-oews-may-2023-state',
          rows: [{ area: 'TX', soc: '21-1022', title: 'Healthcare Social Workers', mean: 60000 }],
        },
      ],
    ]),
    jobs: new Map([['TX', 2]]),
    jobsHref: (c) => `/jobs/state/${c.toLowerCase()}/`,
    pathHref: (n) => `/career/path/${n.toLowerCase()}/`,
  });
  const get = (key: string, code: string) => rows.find((r) => r.key === key)!.cells[code]!;
  it('shows each state’s figures from its file, with their sources', () => {
    expect(get('supervised', 'TX')).toMatchObject({
      text: '3,000',
      source: 'tx-texreg-781-401-proposed-2022',
    });
    expect(get('supervision', 'OH').text).toBe('150');
    expect(get('exams', 'TX').text).toBe('ASWB Clinical, Texas Jurisprudence Examination');
    expect(get('application', 'OH')).toMatchObject({ text: '$100', source: 'oh-oac-4757-1-05' });
    // A fee with cents keeps them, as the board states it.
    expect(get('renewalFee', 'MN')).toMatchObject({
      text: '$238.50 every 2 years',
      source: 'mn-bosw-license-renewal',
    });
    expect(get('compact', 'OH').text).toBe('Enacted');
  });
  it('says "Not yet verified" where the data does, never a figure', () => {
    expect(get('application', 'TX')).toMatchObject({ text: 'Not yet verified', unverified: true });
    expect(get('moving', 'TN')).toMatchObject({ text: 'Not yet verified', unverified: true });
  });
  it('shows the moving rule from the state file with its source', () => {
    expect(get('moving', 'TX')).toMatchObject({ source: 'tx-occ-code-505-3575' });
    expect(get('moving', 'TX').text).toMatch(/^The Texas Behavioral Health Executive Council/);
  });
  it('labels pay as mean when the table has no median, and says when a state has none', () => {
    expect(get('pay', 'TX').text).toBe(
      'Mean (our state table has no median), May 2023: healthcare social workers $60,000',
    );
    expect(get('pay', 'OH').text).toBe('No official state figure in our data');
  });
  it('counts open jobs and links the lists', () => {
    expect(get('jobs', 'TX')).toMatchObject({ text: '2 open postings', href: '/jobs/state/tx/' });
    expect(get('jobs', 'OH').text).toBe('No open postings');
  });
});
