import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { stateHref } from '#src/lib/geo/state-slug.ts';
import type { StateProjectionRow } from '#src/schemas/state-projection.ts';
import { DIST, dataOf, mainText, page } from './built';

type Row = {
  area: string;
  soc: string;
  title: string;
  employment?: number;
  mean?: number;
  p10?: number;
  median?: number;
  p90?: number;
  notPublished?: Record<string, string>;
};
type Table = { period: string; scope: string; source: string; rows: Row[] };
const tables = dataOf<Table>('wages');
const may2025 = tables.get('national-may-2025')!;
const may2024 = tables.get('national-may-2024')!;
const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;
const row = (t: Table, soc: string, area = 'US') =>
  t.rows.find((r) => r.soc === soc && r.area === area)!;

/**
 * Published values, typed in from the BLS OEWS files for the period (see content/sources/bls-oews-*.yaml).
 * These guard the data files themselves: a refresh that changes a published figure fails here and must be checked.
 */
const PUBLISHED: [Table, string, keyof Row, number][] = [
  [may2025, '21-1020', 'employment', 775930],
  [may2025, '21-1020', 'median', 61780],
  [may2025, '21-1022', 'median', 67880],
  [may2025, '21-1022', 'p90', 100360],
  [may2025, '21-1023', 'mean', 68030],
  [may2025, '21-1021', 'p10', 42280],
  [may2025, '29-1141', 'median', 97550],
  [may2024, '21-1020', 'median', 61330],
  [may2024, '21-1022', 'employment', 185940],
  [may2024, '21-1023', 'median', 60060],
  [may2024, '21-1029', 'p90', 112740],
  [may2024, '29-1141', 'mean', 98430],
];

describe('wage data against the published figures', () => {
  it.each(
    PUBLISHED.map(
      ([t, soc, stat, v]) => [`${soc} ${String(stat)} ${t.period}`, t, soc, stat, v] as const,
    ),
  )('%s', (_, t, soc, stat, v) => {
    expect(row(t, soc)[stat]).toBe(v);
  });
  it('state figures are for May 2025, the release of the newest national table, for five occupations in 50 states and DC', () => {
    const state = tables.get('state-may-2025')!;
    expect(state.period).toBe(may2025.period);
    expect(new Set(state.rows.map((r) => r.area)).size).toBe(51);
    expect(new Set(state.rows.map((r) => r.soc))).toEqual(
      new Set(['21-1021', '21-1022', '21-1023', '21-1029', '29-1141']),
    );
    expect(state.rows.length).toBe(255);
    // Typed in from the source (processed copy of state_M2025_dl.xlsx); a refresh that changes them must be checked.
    expect(row(state, '21-1022', 'TX').median).toBe(69990);
    expect(row(state, '29-1141', 'CA').mean).toBe(150280);
    expect(row(state, '21-1023', 'HI').employment).toBeUndefined();
    expect(row(state, '21-1023', 'HI').notPublished).toEqual({ employment: 'absent' });
    expect(row(state, '21-1029', 'KS').median).toBeUndefined();
  });
});

describe('/salary/', () => {
  const $ = page('/salary/');
  it('shows every occupation’s jobs, median and 90th percentile for the newest period, as in the data', () => {
    for (const r of may2025.rows) {
      const tr = $(`tr[data-soc="${r.soc}"]`);
      const cells = tr
        .find('td')
        .map((_, td) => $(td).text())
        .get();
      const cell = (stat: string) => tr.find(`td[data-stat="${stat}"]`).text().trim();
      expect(cells[0]?.trim(), `${r.soc}: median comes first, so it shows on a phone`).toBe(
        dollars(r.median!),
      );
      expect(cell('employment'), r.soc).toBe(r.employment!.toLocaleString('en-US'));
      expect(cell('median'), r.soc).toBe(dollars(r.median!));
      expect(cell('p90'), r.soc).toBe(dollars(r.p90!));
    }
  });
  it('names the period and links the source beside the numbers', () => {
    expect($('caption').text()).toContain('May 2025');
    expect($(`caption a[href="/sources/#${may2025.source}"]`).length).toBeGreaterThan(0);
  });
  it('renders the percentile table on the server, so it reads without JavaScript', () => {
    const cells = $('[data-testid="pay-table"] tbody tr')
      .first()
      .find('td')
      .map((_, td) => $(td).text())
      .get();
    expect(cells).toEqual([
      dollars(row(may2025, '21-1020').p10!),
      dollars(row(may2024, '21-1020').p10!),
    ]);
  });
  it('keeps the quoted title range apart from the official figures and attributed', () => {
    expect(mainText($)).toMatch(
      /Quoted range for the title “clinical case manager”: \$43,810 to \$63,100/,
    );
  });
  it('reserves the chart’s space before its script loads', () => {
    expect($('.chart-box canvas').length).toBe(2);
  });
});

describe('state pages show that state’s pay', () => {
  const state = tables.get('state-may-2025')! as Table & {
    rows: (Row & { notPublished?: Record<string, string> })[];
  };
  const rpp = dataOf<{ year: number; rows: { area: string; index: number }[] }>(
    'price-parities',
  ).get('bea-rpp-2024')!;
  const states = [...dataOf<{ code: string; name: string }>('states').values()];
  const ordinal = (n: number) =>
    `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')}`;

  it.each(states.map((s) => [s.name, s] as const))(
    '%s: median, jobs, range, rank, price-adjusted median and U.S. median equal the data',
    (_, s) => {
      const $ = page(stateHref(s.name));
      const section = $('[data-testid="state-pay-section-table"]');
      expect(section.find('caption').text()).toContain(state.period);
      expect(section.find(`caption a[href="/sources/#${state.source}"]`).length).toBe(1);
      const index = rpp.rows.find((r) => r.area === s.code)!.index;
      for (const soc of ['21-1021', '21-1022', '21-1023', '21-1029', '29-1141']) {
        const tr = section.find(`tr[data-soc="${soc}"]`);
        const cell = (stat: string) =>
          tr.find(`td[data-stat="${stat}"]`).text().replace(/\s+/g, ' ').trim();
        const r = state.rows.find((x) => x.soc === soc && x.area === s.code);
        expect(cell('us-median'), soc).toBe(dollars(row(may2025, soc).median!));
        if (!r?.median) {
          expect(cell('median'), `${s.code} ${soc}`).toBe('not published');
          expect(cell('rank'), `${s.code} ${soc}`).toBe('—');
          continue;
        }
        expect(cell('median').startsWith(dollars(r.median)), `${s.code} ${soc}`).toBe(true);
        expect(cell('employment'), `${s.code} ${soc}`).toBe(
          r.employment ? r.employment.toLocaleString('en-US') : 'not published',
        );
        expect(cell('range')).toBe(`${dollars(r.p10!)}–${dollars(r.p90!)}`);
        const others = state.rows.filter((x) => x.soc === soc && x.median !== undefined);
        const rank = 1 + others.filter((x) => x.median! > r.median!).length;
        expect(cell('rank'), `${s.code} ${soc}`).toBe(`${ordinal(rank)} of ${others.length}`);
        expect(cell('adjusted'), `${s.code} ${soc}`).toBe(
          dollars(Math.round((r.median * 100) / index / 10) * 10),
        );
      }
    },
  );

  it.each(states.map((s) => [s.name, s] as const))(
    '%s: the ranking chart and its table show the middle half, median, rank and the highest and lowest state medians of the data',
    (_, s) => {
      const $ = page(stateHref(s.name));
      const table = $('[data-testid="state-pay-ranking-table"]');
      expect(table.find('caption').text()).toContain(state.period);
      expect(table.find(`caption a[href="/sources/#${state.source}"]`).length).toBe(1);
      const names = new Map(states.map((x) => [x.code, x.name]));
      for (const soc of ['21-1021', '21-1022', '21-1023', '21-1029', '29-1141']) {
        const tr = table.find(`tr[data-soc="${soc}"]`);
        const cell = (stat: string) =>
          tr.find(`td[data-stat="${stat}"]`).text().replace(/\s+/g, ' ').trim();
        const withMedian = state.rows
          .filter((x) => x.soc === soc && x.area !== 'US' && x.median !== undefined)
          .sort((a, b) => b.median! - a.median! || a.area.localeCompare(b.area));
        const top = withMedian[0]!;
        const bottom = withMedian.filter((x) => x.median === withMedian.at(-1)!.median)[0]!;
        expect(cell('highest'), soc).toBe(`${dollars(top.median!)} (${names.get(top.area)})`);
        expect(cell('lowest'), soc).toBe(`${dollars(bottom.median!)} (${names.get(bottom.area)})`);
        const r = state.rows.find((x) => x.soc === soc && x.area === s.code) as
          (Row & { p25?: number; p75?: number }) | undefined;
        const strip = $(`.strip[data-soc="${soc}"]`);
        // One tick per other state with a published median, and the state's own marked apart.
        const ticks = (strip.find('path.others').attr('d') ?? '').match(/M/g)?.length ?? 0;
        if (!r?.median) {
          expect(cell('median'), `${s.code} ${soc}`).toBe('not published');
          expect(cell('rank'), `${s.code} ${soc}`).toBe('—');
          expect(strip.find('path.mine').length).toBe(0);
          expect(ticks).toBe(withMedian.length);
          continue;
        }
        expect(cell('median'), `${s.code} ${soc}`).toBe(dollars(r.median));
        expect(cell('middle-half'), `${s.code} ${soc}`).toBe(
          `${dollars(r.p25!)}–${dollars(r.p75!)}`,
        );
        const rank = 1 + withMedian.filter((x) => x.median! > r.median!).length;
        expect(cell('rank'), `${s.code} ${soc}`).toBe(`${ordinal(rank)} of ${withMedian.length}`);
        expect(strip.find('path.mine').length).toBe(1);
        expect(ticks).toBe(withMedian.length - 1);
      }
    },
  );

  const outlook = dataOf<{
    baseYear: number;
    targetYear: number;
    source: string;
    rows: StateProjectionRow[];
  }>('state-projections').get('projections-central-2024-34')!;
  const count = (n: number) => n.toLocaleString('en-US');
  it.each(states.map((s) => [s.name, s] as const))(
    '%s: the state outlook table shows the state’s 2024–2034 projections as in the data, and names the occupations it lacks',
    (_, s) => {
      const $ = page(stateHref(s.name));
      const section = $('[data-testid="state-outlook"]');
      expect(section.find('h2').text()).toBe(`Job outlook in ${s.name}, 2024–2034`);
      expect(section.find(`caption a[href="/sources/#${outlook.source}"]`).length).toBe(1);
      const mine = outlook.rows.filter((r) => r.area === s.code);
      expect(mine.length, s.code).toBeGreaterThan(0);
      expect(section.find('tbody tr').length).toBe(mine.length);
      for (const r of mine) {
        const tr = section.find(`tr[data-soc="${r.soc}"]`);
        const cell = (stat: string) => tr.find(`td[data-stat="${stat}"]`).text().trim();
        expect(cell('base'), `${s.code} ${r.soc}`).toBe(count(r.employmentBase));
        expect(cell('target'), `${s.code} ${r.soc}`).toBe(count(r.employmentTarget));
        expect(cell('change'), `${s.code} ${r.soc}`).toBe(
          `${r.changeNumeric > 0 ? '+' : r.changeNumeric < 0 ? '−' : ''}${count(Math.abs(r.changeNumeric))} (${r.percentChange}%)`,
        );
        expect(cell('openings'), `${s.code} ${r.soc}`).toBe(count(r.openingsPerYear));
        const us = ep2024.find((p) => p.soc === r.soc)!;
        expect(cell('us-change'), `${s.code} ${r.soc}`).toBe(`${us.percentChange}%`);
      }
      const note = section.find('[data-testid="state-outlook-missing"]').text();
      if (mine.length === 5) expect(note).toBe('');
      else
        for (const soc of ['21-1021', '21-1022', '21-1023', '21-1029'].filter(
          (x) => !mine.some((r) => r.soc === x),
        ))
          expect(note.toLowerCase()).toContain(row(may2025, soc).title.toLowerCase());
    },
  );

  it('Nevada has all five occupations’ projections; other states registered nurses only', () => {
    expect(outlook.rows.filter((r) => r.area === 'NV')).toHaveLength(5);
    expect(page('/licensing/texas/')('[data-testid="state-outlook"] tbody tr')).toHaveLength(1);
  });

  it('says which figures are not published, and that metro areas are not shown', () => {
    const hawaii = page('/licensing/hawaii/')('[data-testid="state-pay"]')
      .text()
      .replace(/\s+/g, ' ');
    expect(hawaii).toContain(
      'Not published for Hawaii: mental health and substance abuse social workers (employment).',
    );
    const kansas = page('/licensing/kansas/')('[data-testid="state-pay"]')
      .text()
      .replace(/\s+/g, ' ');
    expect(kansas).toContain('Not published for Kansas: social workers, all other (every figure).');
    expect(kansas).toContain('Not shown: pay by metropolitan area');
    const texas = page('/licensing/texas/')('[data-testid="state-pay"]').text();
    expect(texas).not.toContain('Not published for');
  });
});

describe('/career/outlook/', () => {
  it('charts today’s social work jobs by field, without registered nurses, with a table of the same numbers', () => {
    const $ = page('/career/outlook/');
    const table = $('table').filter((_, t) =>
      $(t).find('caption').text().startsWith('Social work jobs by field, May 2025'),
    );
    const rows = table
      .find('tbody tr')
      .map((_, tr) => [
        [
          $(tr)
            .find('th')
            .text()
            .match(/\((\d\d-\d{4})\)/)![1],
          $(tr).find('td').text(),
        ],
      ])
      .get() as unknown as [string, string][];
    const expected = may2025.rows
      .filter((r) => /^21-102[1239]$/.test(r.soc))
      .map((r) => r.soc)
      .sort();
    expect(rows.map(([soc]) => soc).sort()).toEqual(expected);
    for (const [soc, jobs] of rows)
      expect(jobs).toBe(row(may2025, soc).employment!.toLocaleString('en-US'));
    const svg = table.closest('figure').find('svg[role="img"]');
    expect(svg.attr('aria-label')).not.toContain('Registered nurses');
  });
});

type Projection = {
  group: string;
  soc?: string;
  label: string;
  percentChange: number;
  employmentBase?: number;
  employmentTarget?: number;
  changeNumeric?: number;
  openingsPerYear?: number;
  typicalEducation?: string;
  source: string;
};
const projections = dataOf<Projection>('projections');
const ep2024 = [...projections.values()].filter((p) => p.group === 'official-2024-34');

describe('/salary/ quick facts', () => {
  const $ = page('/salary/');
  const box = $('[data-testid="quick-facts"]');
  const group = row(may2025, '21-1020');
  const outlook = projections.get('21-1020-2024-34')!;
  it('comes first in the page, before any other section', () => {
    expect($('main h2').first().attr('id')).toBe('quick-h');
  });
  it('shows median pay, jobs, outlook and openings equal to the data, with their periods and sources', () => {
    const fact = (name: string) => box.find(`[data-fact="${name}"]`).text().replace(/\s+/g, ' ');
    expect(fact('median')).toContain(dollars(group.median!));
    expect(fact('jobs')).toBe(group.employment!.toLocaleString('en-US'));
    expect(fact('outlook').trim()).toBe(`+${outlook.percentChange}%`);
    expect(fact('openings').trim()).toBe(outlook.openingsPerYear!.toLocaleString('en-US'));
    const text = box.text().replace(/\s+/g, ' ');
    expect(text).toContain('May 2025');
    expect(text).toContain('2024–34');
    expect(box.find('a[href="/sources/#bls-ep-2024-34"]').length).toBeGreaterThan(0);
    expect(box.find('a[href="/licensing/"]').length).toBe(1);
    for (const p of ep2024.filter((p) => p.typicalEducation && p.soc !== '29-1141'))
      expect(fact('education')).toContain(p.label.toLowerCase());
  });
});

describe('/career/outlook/ and /career/', () => {
  it('leads with the 2024–34 projections, every figure as in the data; earlier editions come after, labeled', () => {
    const $ = page('/career/outlook/');
    const table = $('[data-testid="outlook-official-2024-34"]');
    expect(table.find('caption').text()).toContain('2024–34');
    // Guide pages cite with numbered notes that link to the page's own source list.
    expect(table.find('caption a[href="#source-note-bls-ep-2024-34"]').length).toBe(1);
    expect(ep2024.length).toBe(6);
    for (const p of ep2024) {
      const tr = table.find(`tr[data-soc="${p.soc}"]`);
      const cell = (stat: string) => tr.find(`td[data-stat="${stat}"]`).text().trim();
      expect(cell('employmentBase'), p.soc).toBe(p.employmentBase!.toLocaleString('en-US'));
      expect(cell('employmentTarget'), p.soc).toBe(p.employmentTarget!.toLocaleString('en-US'));
      expect(cell('changeNumeric'), p.soc).toBe(`+${p.changeNumeric!.toLocaleString('en-US')}`);
      expect(cell('percentChange'), p.soc).toBe(`+${p.percentChange}%`);
      expect(cell('openingsPerYear'), p.soc).toBe(p.openingsPerYear!.toLocaleString('en-US'));
      expect(cell('typicalEducation'), p.soc).toBe(p.typicalEducation ?? '—');
    }
    const text = mainText($);
    const lead = text.indexOf('Official projections of job growth, 2024–34');
    expect(lead).toBeGreaterThan(-1);
    expect(
      text.indexOf('Earlier edition: official projections of job growth, 2022–32'),
    ).toBeGreaterThan(lead);
    expect(text.indexOf('Projections quoted in the 2019–20 article, 2018–28')).toBeGreaterThan(
      lead,
    );
  });
  it('the career overview leads with 2024–34; the 2018–28 quotes only in the dated earlier block', () => {
    const $ = page('/career/');
    const text = mainText($);
    expect(text).toContain('Official projections, 2024–34');
    const quoted = 'Projections quoted in the 2019–20 article, 2018–28';
    expect(text.indexOf(quoted)).toBeGreaterThan(text.indexOf('Official projections, 2024–34'));
    expect($('section.earlier').text()).toContain(quoted);
    expect($('main').text().split(quoted).length - 1).toBe(
      $('section.earlier').text().split(quoted).length - 1,
    );
  });
});

describe('downloads', () => {
  const read = (f: string) => readFileSync(join(DIST, 'data', f), 'utf8');
  it('wages.csv has every row of every wage table, with its period, source and the price-level column', () => {
    const csv = Papa.parse<Record<string, string>>(read('wages.csv'), { header: true }).data.filter(
      (r) => r.soc,
    );
    const total = [...tables.values()].reduce((n, t) => n + t.rows.length, 0);
    expect(csv.length).toBe(total);
    for (const r of csv) {
      expect(r.period, r.soc).toMatch(/^May \d{4}$/);
      expect(r.source, r.soc).toContain('U.S. Bureau of Labor Statistics');
    }
    const tx = csv.find((r) => r.scope === 'state' && r.area === 'TX' && r.soc === '21-1022')!;
    expect(Number(tx.median)).toBe(row(tables.get('state-may-2025')!, '21-1022', 'TX').median);
    expect(tx.priceLevelSource).toContain('Bureau of Economic Analysis');
    expect(tx.medianAdjustedForPriceLevels).not.toBe('');
    const hi = csv.find((r) => r.area === 'HI' && r.soc === '21-1023')!;
    expect(hi.employment).toBe('');
    expect(hi.notPublished).toBe('employment:absent');
  });
  it('wages.json carries each table with its source in full', () => {
    const json = JSON.parse(read('wages.json'));
    expect(
      json.tables.map((t: { period: string; scope: string }) => `${t.scope} ${t.period}`),
    ).toEqual(expect.arrayContaining(['state May 2025', 'national May 2025']));
    for (const t of json.tables) expect(t.source.url).toMatch(/^https:/);
    expect(json.priceParities.year).toBe(2024);
  });
  it('projections.csv and .json carry every projection with its period and source', () => {
    const csv = Papa.parse<Record<string, string>>(read('projections.csv'), {
      header: true,
    }).data.filter((r) => r.group);
    expect(csv.length).toBe(projections.size);
    const rn = csv.find((r) => r.soc === '29-1141' && r.group === 'official-2024-34')!;
    expect(rn.period).toBe('2024–2034');
    expect(Number(rn.openingsPerYear)).toBe(projections.get('29-1141-2024-34')!.openingsPerYear);
    expect(rn.source).toContain('2024–34');
    const json = JSON.parse(read('projections.json'));
    expect(json.projections.length).toBe(projections.size);
  });
  it('state-projections.csv and .json carry every state projection with its period and source', () => {
    const table = dataOf<{ rows: { area: string; soc: string; openingsPerYear: number }[] }>(
      'state-projections',
    ).get('projections-central-2024-34')!;
    const csv = Papa.parse<Record<string, string>>(read('state-projections.csv'), {
      header: true,
    }).data.filter((r) => r.soc);
    expect(csv.length).toBe(table.rows.length);
    for (const r of table.rows) {
      const line = csv.find((c) => c.area === r.area && c.soc === r.soc)!;
      expect(line.period, `${r.area} ${r.soc}`).toBe('2024–2034');
      expect(Number(line.openingsPerYear), `${r.area} ${r.soc}`).toBe(r.openingsPerYear);
      expect(line.source).toContain('Projections Central');
    }
    const json = JSON.parse(read('state-projections.json'));
    expect(json.tables[0].source.url).toBe('https://projectionscentral.org/Projections/LongTerm');
    expect(json.tables[0].rows.length).toBe(table.rows.length);
  });
});
