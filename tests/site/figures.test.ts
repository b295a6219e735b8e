import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { dataOf, mainText, page } from './built';

const count = (n: number) => n.toLocaleString('en-US');
const dollars = (n: number) => `$${count(n)}`;

/** The text of the key-figure card whose label contains `label`. */
const card = ($: CheerioAPI, label: string) =>
  $('.figures dl > div')
    .filter((_, d) => $(d).find('dt').text().includes(label))
    .text()
    .replace(/\s+/g, ' ');

describe('figures on the pages match the data files and name their source and period', () => {
  const $home = page('/');

  type Table = {
    period: string;
    source: string;
    rows: { soc: string; employment?: number; median?: number }[];
  };
  const latest = dataOf<Table>('wages').get('national-may-2025')!;
  const social = latest.rows.find((r) => r.soc === '21-1020')!;

  it('home: social workers employed, with the period and a link to the source', () => {
    const text = card($home, 'Social workers employed');
    expect(text).toContain(count(social.employment!));
    expect(text).toContain(latest.period);
    expect($home(`.figures a[href="/sources/#${latest.source}"]`).length).toBeGreaterThan(0);
  });

  it('home: projected growth and openings, with the period', () => {
    const p = dataOf<{ percentChange: number; openingsPerYear: number }>('projections').get(
      'social-workers-2022-32',
    )!;
    const text = card($home, 'Projected growth');
    expect(text).toContain(`+${p.percentChange}%`);
    expect(text).toContain(count(p.openingsPerYear));
    expect(text).toContain('2022–32');
  });

  it('home: the median wage with its period, and the quoted title range marked as not official', () => {
    expect(card($home, 'Median pay')).toContain(dollars(social.median!));
    expect(card($home, 'Median pay')).toContain(latest.period);
    const q = dataOf<{ typicalLow: number; typicalHigh: number }>('pay-quotes').get(
      'clinical-case-manager-title',
    )!;
    const quote = card($home, 'quoted for the job title');
    expect(quote).toContain(`${dollars(q.typicalLow)}–${dollars(q.typicalHigh)}`);
    expect(quote).toContain('Not an official figure');
  });

  it('career overview: the 2018 tables show every figure of their group, labeled by year', () => {
    const $ = page('/career/');
    const rows = [
      ...dataOf<{ group: string; label: string; value: number; unit: string; year: number }>(
        'employment',
      ).values(),
    ].filter((e) => e.group === 'by-field-2018');
    const table = $('table').filter((_, t) =>
      $(t).find('caption').text().includes('by field, 2018'),
    );
    expect(table.length).toBe(1);
    for (const r of rows) {
      const row = table
        .find('tbody tr')
        .filter((_, tr) => $(tr).find('th').text().startsWith(r.label));
      expect(row.find('td').first().text(), r.label).toBe(count(r.value));
    }
    expect(table.find('caption a[href^="/sources/#seed-how-to-become"]').length).toBe(1);
  });

  it('career overview: projections show their periods, official and quoted apart', () => {
    const text = mainText(page('/career/'));
    expect(text).toContain('Official projections, 2022–32');
    expect(text).toContain('Projections quoted in the 2019–20 article, 2018–28');
    const $ = page('/career/');
    const row = $('table tbody tr').filter(
      (_, tr) =>
        $(tr).find('th').text().startsWith('Healthcare social workers') &&
        $(tr).find('td').first().text() === '2022–32',
    );
    expect(
      row
        .find('td')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['2022–32', '+9.6%', 'not published']);
  });
});

describe('the sources page', () => {
  it('lists every source exactly once across /sources/ and /sources/licensing/, anchored by id, with its period and read date', () => {
    const $main = page('/sources/');
    const $states = page('/sources/licensing/');
    const sources = dataOf<{ title: string; period: string }>('sources');
    for (const [id, s] of sources) {
      const found = [$main(`li#${id}`), $states(`li#${id}`)].filter((x) => x.length > 0);
      expect(found.length, id).toBe(1);
      const entry = found[0];
      expect(entry.length, id).toBe(1);
      expect(entry.find('h3').text()).toBe(s.title);
      expect(entry.text()).toContain(s.period);
      expect(entry.find('time[datetime]').length).toBe(1);
    }
    expect($main('li.source').length + $states('li.source').length).toBe(sources.size);
  });

  it('says what each cited source backs on the site', () => {
    const $ = page('/sources/');
    const backs = $('li#bls-ted-2024-mental-health details li')
      .map((_, li) => $(li).text())
      .get();
    expect(backs).toEqual(
      expect.arrayContaining(['Employment figure: Social workers (all four fields), 2022']),
    );
  });
});
