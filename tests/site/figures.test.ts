import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { dataOf, htmlFiles, mainText, page, routeOf } from './built';

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
  type Period = Table & { scope: string };
  const latest = [...dataOf<Period>('wages').values()]
    .filter((t) => t.scope === 'national')
    .sort((a, b) => Number(b.period.slice(-4)) - Number(a.period.slice(-4)))[0]!; // content/wages has national tables
  const social = latest.rows.find((r) => r.soc === '21-1020')!;

  it('home: social workers employed, with the period and a link to the source', () => {
    const text = card($home, 'Social workers employed');
    expect(text).toContain(count(social.employment!));
    expect(text).toContain(latest.period);
    expect($home(`.figures a[href="/sources/#${latest.source}"]`).length).toBeGreaterThan(0);
  });

  it('home: projected growth and openings, with the period', () => {
    type P = {
      group: string;
      soc?: string;
      baseYear: number;
      targetYear: number;
      percentChange: number;
      openingsPerYear: number;
    };
    const p = [...dataOf<P>('projections').values()]
      .filter((x) => x.group.startsWith('official-') && x.soc === '21-1020')
      .sort((a, b) => b.baseYear - a.baseYear)[0]!; // content/projections has official editions
    const text = card($home, 'Projected growth');
    expect(text).toContain(`+${p.percentChange}%`);
    expect(text).toContain(count(p.openingsPerYear));
    expect(text).toContain(`${p.baseYear}–${String(p.targetYear).slice(-2)}`);
  });

  it('home: the median wage with its period, and the quoted title range marked as not official', () => {
    expect(card($home, 'Median pay')).toContain(dollars(social.median!));
    expect(card($home, 'Median pay')).toContain(latest.period);
    const q = dataOf<{ typicalLow: number; typicalHigh: number }>('pay-quotes').get(
      'clinical-case-manager-title',
    )!;
    const quote = $home('.figures .quote').text().replace(/\s+/g, ' ');
    expect(quote).toContain(`${dollars(q.typicalLow)}–${dollars(q.typicalHigh)}`);
    expect(quote).toContain('Not an official figure');
  });

  it('home: the key figures lead with the current official pay, the unofficial range comes after them', () => {
    expect($home('.figures dl > div dt').first().text()).toContain(`Median pay`);
    expect($home('.figures dl > div dt').first().text()).toContain(latest.period);
    expect($home('.figures dl').text()).not.toContain(
      dollars(
        dataOf<{ typicalLow: number }>('pay-quotes').get('clinical-case-manager-title')!.typicalLow,
      ),
    );
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
    expect(table.find('caption a[href="#source-note-seed-how-to-become"]').text()).toMatch(
      /^\[\d+\]$/,
    );
    expect(table.closest('section.earlier').find('h2').text()).toMatch(/^Earlier figures \(2018/);
  });

  it('career overview: the newest official projections come first, the quoted ones in the dated earlier block', () => {
    type P = {
      group: string;
      label: string;
      baseYear: number;
      targetYear: number;
      percentChange: number;
      openingsPerYear?: number;
    };
    const all = [...dataOf<P>('projections').values()];
    const newest = all
      .filter((x) => x.group.startsWith('official-'))
      .sort((a, b) => b.baseYear - a.baseYear)[0]!; // content/projections has official editions
    const span = `${newest.baseYear}–${String(newest.targetYear).slice(-2)}`;
    const $ = page('/career/');
    const text = mainText($);
    expect(text).toContain(`Official projections, ${span}`);
    expect(text.indexOf('Official projections')).toBeLessThan(text.indexOf('Earlier figures'));
    expect($('section.earlier caption').text()).toContain(
      'Projections quoted in the 2019–20 article, 2018–28',
    );
    for (const r of all.filter((x) => x.group === newest.group)) {
      const row = $('table tbody tr').filter(
        (_, tr) =>
          $(tr).find('th').text().startsWith(r.label) && $(tr).find('td').first().text() === span,
      );
      expect(row.find('td').eq(1).text(), r.label).toBe(
        `${r.percentChange > 0 ? '+' : ''}${r.percentChange}%`,
      );
    }
  });
});

describe('the sources page', () => {
  it('lists every source exactly once across /sources/ and the state pages under /sources/licensing/, anchored by id, with its period and read date', () => {
    const pages = htmlFiles()
      .map(routeOf)
      .filter((r) => r === '/sources/' || r.startsWith('/sources/licensing/'))
      .map((r) => page(r));
    const sources = dataOf<{ title: string; period: string }>('sources');
    for (const [id, s] of sources) {
      const found = pages.map(($) => $(`li#${id}`)).filter((x) => x.length > 0);
      expect(found.length, id).toBe(1);
      const entry = found[0]!; // exactly one, checked just above
      expect(entry.length, id).toBe(1);
      expect(entry.find('h2, h3').text()).toBe(s.title);
      expect(entry.text()).toContain(s.period);
      expect(entry.find('time[datetime]').length).toBe(1);
    }
    expect(pages.reduce((n, $) => n + $('li.source').length, 0)).toBe(sources.size);
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
