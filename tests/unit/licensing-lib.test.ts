import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  cellSortValue,
  compareCells,
  matchesQuery,
  parseSortValue,
  sortAttribute,
  textSortValue,
} from '#src/lib/table-sort.ts';
import { toCsv } from '#src/lib/text/csv.ts';
import { buildGlossary } from '#src/lib/career/glossary.ts';
import { abbrId, stateHref, stateSlug } from '#src/lib/geo/state-slug.ts';
import { usMapShapes } from '#src/lib/geo/us-map.ts';
import { byLevel } from '#src/lib/licensing/levels.ts';

describe('sorting and filtering the comparison table', () => {
  it('sorts numbers as numbers and puts unverified (empty) cells last in both directions', () => {
    const values = [3000, null, 4000, 1500].map((v) => v);
    expect([...values].sort((a, b) => compareCells(a, b, 'ascending'))).toEqual([
      1500,
      3000,
      4000,
      null,
    ]);
    expect([...values].sort((a, b) => compareCells(a, b, 'descending'))).toEqual([
      4000,
      3000,
      1500,
      null,
    ]);
  });
  it('reads data-sort attributes as numbers when they are numbers', () => {
    expect(parseSortValue('3000')).toBe(3000);
    expect(parseSortValue('Texas')).toBe('Texas');
    expect(parseSortValue('')).toBeNull();
  });
  it('reads a cell without data-sort from its text: figures as numbers, other text as itself', () => {
    expect(textSortValue('3,000')).toBe(3000);
    expect(textSortValue('$62,000')).toBe(62000);
    expect(textSortValue('1500')).toBe(1500);
    expect(textSortValue('3 years full-time (no hour total)')).toBe(
      '3 years full-time (no hour total)',
    );
    expect(textSortValue('  ')).toBeNull();
    expect(cellSortValue(null, '$62,000')).toBe(62000);
    expect(cellSortValue('', 'Not yet verified')).toBeNull();
  });
  it('writes data-sort only where the text does not already imply the value', () => {
    expect(sortAttribute('3,000', 3000)).toBeUndefined();
    expect(sortAttribute('$62,000', 62000)).toBeUndefined();
    expect(sortAttribute('Texas', 'Texas')).toBeUndefined();
    expect(sortAttribute('Not yet verified', null)).toBe('');
    expect(sortAttribute('3 years full-time (no hour total)', '')).toBe('');
    expect(sortAttribute('3,000', 3600)).toBe('3600');
  });
  it('matches every word of a query, ignoring case, accents and order', () => {
    expect(matchesQuery('New York NY LCSW', 'york new')).toBe(true);
    expect(matchesQuery('Massachusetts MA LICSW', 'licsw')).toBe(true);
    expect(matchesQuery('Texas TX LCSW', 'texas licsw')).toBe(false);
    expect(matchesQuery('Texas', '')).toBe(true);
  });
});

describe('CSV downloads', () => {
  it('round-trips quotes, commas, line breaks and lists, and leaves unverified cells empty', () => {
    const rows = [
      {
        name: 'A "quoted", name',
        exams: ['ASWB Clinical', 'Law exam'],
        hours: null,
        note: 'two\nlines',
      },
    ];
    const csv = toCsv(rows, ['name', 'exams', 'hours', 'note']);
    const back = Papa.parse<string[]>(csv).data;
    expect(back[0]).toEqual(['name', 'exams', 'hours', 'note']);
    expect(back[1]).toEqual(['A "quoted", name', 'ASWB Clinical; Law exam', '', 'two\nlines']);
  });
  it('defuses cells a spreadsheet would run as a formula', () => {
    const csv = toCsv([{ v: '=HYPERLINK("http://x")' }, { v: '+1' }, { v: '@SUM(A1)' }], ['v']);
    expect(
      Papa.parse<string[]>(csv)
        .data.slice(1)
        .map((r) => r[0]),
    ).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'@SUM(A1)"]);
  });
});

describe('state slugs and the glossary', () => {
  it('makes readable slugs and anchors', () => {
    expect(stateSlug('District of Columbia')).toBe('district-of-columbia');
    expect(stateHref('New York')).toBe('/licensing/new-york/');
    expect(abbrId('LMSW (Clinical)')).toBe('lmsw-clinical');
  });
  it('groups the same letters across states, and keeps different meanings of the same letters apart', () => {
    const g = buildGlossary([
      {
        name: 'Texas',
        tiers: [{ abbr: 'LCSW', title: 'Licensed Clinical Social Worker', level: 'clinical' }],
      },
      {
        name: 'Massachusetts',
        tiers: [
          { abbr: 'LCSW', title: 'Licensed Certified Social Worker', level: 'master' },
          {
            abbr: 'LICSW',
            title: 'Licensed Independent Clinical Social Worker',
            level: 'clinical',
          },
        ],
      },
      {
        name: 'New York',
        tiers: [{ abbr: 'LCSW', title: 'Licensed Clinical Social Worker', level: 'clinical' }],
      },
    ]);
    expect(g.map((e) => e.abbr)).toEqual(['LCSW', 'LICSW']);
    const lcsw = g[0]?.titles.map((t) => [t.title, t.states.map((s) => s.name)]);
    expect(lcsw).toEqual([
      ['Licensed Certified Social Worker', ['Massachusetts']],
      ['Licensed Clinical Social Worker', ['New York', 'Texas']],
    ]);
  });
  it('orders tiers from entry level to clinical', () => {
    const t = byLevel([
      { level: 'clinical' as const, a: 1 },
      { level: 'bachelor' as const, a: 2 },
      { level: 'master' as const, a: 3 },
    ]);
    expect(t.map((x) => x.level)).toEqual(['bachelor', 'master', 'clinical']);
  });
});

describe('the map', () => {
  it('draws 50 states and DC, each with a path inside the map box', () => {
    const shapes = usMapShapes();
    expect(shapes).toHaveLength(51);
    expect(shapes.map((s) => s.name)).toContain('District of Columbia');
    for (const s of shapes) {
      expect(s.d).toMatch(/^M/);
      expect(s.centroid[0]).toBeGreaterThan(0);
      expect(s.centroid[0]).toBeLessThan(975);
    }
  });
});
