import { describe, expect, it } from 'vitest';
import { dataOf, mainText, page } from './built';

type Row = {
  area: string;
  soc: string;
  title: string;
  employment?: number;
  mean?: number;
  p10?: number;
  median?: number;
  p90?: number;
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
  it('state figures are for May 2023 and name their source', () => {
    const state = tables.get('state-may-2023')!;
    expect(state.period).toBe('May 2023');
    expect(row(state, '21-1022', 'TX').mean).toBe(64120);
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
      expect(cells[0], r.soc).toBe(r.employment!.toLocaleString('en-US'));
      expect(cells[2], r.soc).toBe(dollars(r.median!));
      expect(cells[3], r.soc).toBe(dollars(r.p90!));
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
  it('Texas shows the May 2023 mean for healthcare social workers', () => {
    const $ = page('/licensing/texas/');
    const text = $('section[aria-labelledby="pay-h"]').text().replace(/\s+/g, ' ');
    expect(text).toContain('May 2023');
    expect(text).toContain(dollars(row(tables.get('state-may-2023')!, '21-1022', 'TX').mean!));
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
