import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DIST, dataOf, mainText, page } from './built';

type Sourced = {
  value?: unknown;
  unverified?: true;
  years?: number;
  fullTime?: false;
  notSet?: true;
  rate?: string;
  source?: string;
};
type State = {
  code: string;
  name: string;
  lastVerified: string;
  board: { name: string; url?: string };
  tiers: { abbr: string }[];
  clinical: {
    abbr: string;
    supervisedHours: Sourced & { value?: number };
    directContactHours?: Sourced & { value?: number };
    exam: Sourced & { value?: string };
  };
  compact: { status: string; checked: string };
  moving: { verificationUrl: Sourced & { value?: string; note?: string } };
};
const slug = (n: string) => n.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const states = [...dataOf<State>('states').values()];
const kinds = new Map([...dataOf<{ kind: string }>('sources')].map(([id, s]) => [id, s.kind]));
const supervisedText = (h: Sourced & { value?: number }) =>
  h.value !== undefined
    ? count(h.value)
    : h.years !== undefined
      ? `${h.years} years${h.fullTime === false ? '' : ' full-time'} (no hour total)`
      : 'Not yet verified';
const count = (n: number) => n.toLocaleString('en-US');

describe('a page for every jurisdiction', () => {
  it('builds 51 state pages', () => expect(states).toHaveLength(51));

  it.each(states.map((s) => [s.name, s] as const))(
    '%s: board, tiers, clinical path, sources and last-verified date',
    (_, s) => {
      const $ = page(`/licensing/${slug(s.name)}/`);
      const text = mainText($);
      expect($('h1').text()).toBe(`Social work licensing in ${s.name}`);
      expect(text).toContain(s.board.name);
      if (s.board.url) expect($(`main a[href="${s.board.url}"]`).length).toBeGreaterThan(0);
      else expect(text).toContain('Website not yet verified');
      for (const t of s.tiers) expect($('#tiers-h').parent().text()).toContain(t.abbr);
      expect($('section[aria-labelledby="path-h"] ol.steps > li').length).toBeGreaterThanOrEqual(4);
      expect($('section.state-sources ol > li').length).toBeGreaterThan(0);
      expect($('time[datetime]').first().attr('datetime')).toBe(
        String(s.lastVerified).slice(0, 10),
      );
      expect($('a[href="/licensing/glossary/"]').length).toBeGreaterThan(0);
      expect(
        $('main a[href^="mailto:"]').filter(
          (_, a) => $(a).text() === `Report a correction for ${s.name}`,
        ).length,
      ).toBe(1);
    },
  );

  it.each(states.map((s) => [s.name, s] as const))(
    '%s: the at-a-glance numbers are the data’s, or say plainly they are unverified',
    (_, s) => {
      const glance = page(`/licensing/${slug(s.name)}/`)('.glance')
        .text()
        .replace(/\s+/g, ' ');
      expect(glance).toContain(s.clinical.abbr);
      const hours = s.clinical.supervisedHours;
      if (hours.value !== undefined) expect(glance).toContain(`${count(hours.value)} hours`);
      else if (hours.years !== undefined) expect(glance).toContain(`${hours.years} years`);
      else expect(glance).toContain('Not yet verified');
      if (s.clinical.exam.value) expect(glance).toContain(s.clinical.exam.value);
      // a figure resting on a third-party guide is flagged in the box itself
      const direct = s.clinical.directContactHours;
      const onGuide = [hours.source, direct?.value !== undefined ? direct.source : undefined].some(
        (id) => id !== undefined && kinds.get(id) === 'guide',
      );
      const box = page(`/licensing/${slug(s.name)}/`)('.glance dl > div')
        .eq(1)
        .text();
      expect(box.includes('(third-party guide)'), `${s.name}: ${box}`).toBe(onGuide);
    },
  );

  it('every citation number on a state page points at an entry of its source list', () => {
    for (const s of states) {
      const $ = page(`/licensing/${slug(s.name)}/`);
      $('a.ref').each((_, a) => {
        const id = $(a).attr('href')!.slice(1);
        expect($(`[id="${id}"]`).length, `${s.name} ${id}`).toBe(1);
        expect($(a).attr('aria-label')).toMatch(/^Source \d+: /);
      });
    }
  });

  it('describes the clinical license as an EducationalOccupationalCredential recognized by the board', () => {
    const $ = page('/licensing/texas/');
    const blocks = $('script[type="application/ld+json"]')
      .map((_, x) => JSON.parse($(x).text()))
      .get();
    const cred = blocks.find((b) => b['@type'] === 'EducationalOccupationalCredential');
    expect(cred).toMatchObject({
      alternateName: 'LCSW',
      credentialCategory: 'license',
      validIn: { name: 'Texas' },
      recognizedBy: { '@type': 'GovernmentOrganization' },
    });
  });
});

describe('the licensing overview', () => {
  const $ = page('/licensing/');
  it('links every jurisdiction from the map, the A–Z list and the table', () => {
    for (const s of states) {
      const href = `/licensing/${slug(s.name)}/`;
      expect($(`svg a[href="${href}"]`).length, `map ${s.name}`).toBeGreaterThan(0);
      expect($(`#state-list a[href="${href}"]`).length, `list ${s.name}`).toBe(1);
      expect($(`[data-compare] table a[href="${href}"]`).length, `table ${s.name}`).toBe(1);
    }
  });
  it('gives every keyboard-reachable map link an accessible name naming the state and its clinical license', () => {
    const named = $('svg a[aria-label]')
      .map((_, a) => $(a).attr('aria-label'))
      .get();
    expect(named).toHaveLength(51);
    expect(named).toContain('District of Columbia: LICSW');
    expect(
      $('svg a[tabindex="-1"]').each((_, a) => expect($(a).attr('aria-hidden')).toBe('true'))
        .length,
    ).toBe(9);
  });
  it('shows each state’s clinical license, hours and compact status in the table, as in the data', () => {
    for (const s of states) {
      const row = $('[data-compare] table tbody tr').filter(
        (_, tr) => $(tr).find('th').text() === s.name,
      );
      const cells = row
        .find('td')
        .map((_, td) => $(td).text().trim())
        .get();
      expect(cells[0]).toBe(s.clinical.abbr);
      expect(cells[1]).toBe(supervisedText(s.clinical.supervisedHours));
      expect(cells[7]).toBe(
        {
          enacted: 'Enacted',
          pending: 'Bill pending',
          'not-introduced': 'Not introduced',
          unverified: 'Not yet verified',
        }[s.compact.status],
      );
    }
  });
  it('shows each state’s median pay of healthcare social workers from the state wage table, with its period', () => {
    const table = dataOf<{
      period: string;
      rows: { area: string; soc: string; median?: number }[];
    }>('wages').get('state-may-2025')!;
    expect($('[data-compare] table caption').text()).toContain(
      `Median pay of healthcare social workers (${table.period})`,
    );
    for (const s of states) {
      const median = table.rows.find((r) => r.area === s.code && r.soc === '21-1022')?.median;
      const cell = $('[data-compare] table tbody tr')
        .filter((_, tr) => $(tr).find('th').text() === s.name)
        .find('td[data-label="Median pay"]');
      expect(cell.text().trim(), s.name).toBe(
        median === undefined ? 'No figure in our data' : `$${count(median)}`,
      );
    }
  });
  it('names a source for every row whose hours are sourced, and dates the table', () => {
    expect($('[data-compare] table caption time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const s of states) {
      const row = $('[data-compare] table tbody tr').filter(
        (_, tr) => $(tr).find('th').text() === s.name,
      );
      if (s.clinical.supervisedHours.source)
        expect(row.find('td[data-label="Hours source"] a').length, s.name).toBeGreaterThan(0);
    }
  });
  it('states the compact count the data gives, dated, and no other count', () => {
    const enacted = states.filter((s) => s.compact.status === 'enacted').length;
    const latest = states
      .map((s) => String(s.compact.checked).slice(0, 10))
      .sort()
      .at(-1);
    const line = $('[data-compact-count]');
    expect(line.text().replace(/\s+/g, ' ')).toContain(`${enacted} of the 51 jurisdictions`);
    expect(line.find('time').attr('datetime')).toBe(latest);
    for (const route of ['/licensing/', '/career/how-to-become/', '/'])
      for (const m of mainText(page(route)).matchAll(/(\d+) of the 51 jurisdictions/g))
        expect(Number(m[1]), route).toBe(enacted);
  });
});

describe('fees and moving between states', () => {
  it.each(states.map((s) => [s.name, s] as const))(
    '%s: a fees section and a moving section, each fact sourced or marked',
    (_, s) => {
      const $ = page(`/licensing/${slug(s.name)}/`);
      for (const id of ['fees-h', 'moving-h', 'compact-h']) {
        const items = $(`section[aria-labelledby="${id}"]`);
        expect(items.length, `${s.name} ${id}`).toBe(1);
      }
      for (const id of ['fees-h', 'moving-h'])
        $(`section[aria-labelledby="${id}"] li`).each((_, li) => {
          const text = $(li).text();
          expect(
            $(li).find('a.ref').length > 0 || text.includes('Not yet verified'),
            `${s.name}: ${text}`,
          ).toBe(true);
        });
    },
  );
  it.each(
    states
      .filter((s) => s.moving.verificationUrl.value !== undefined)
      .map((s) => [s.name, s.moving.verificationUrl] as const),
  )('%s: links its license lookup, with the note the data gives it', (name, field) => {
    const moving = page(`/licensing/${slug(name)}/`)('section[aria-labelledby="moving-h"]');
    const link = moving.find(`a[href="${field.value}"]`);
    expect(link.text()).toBe("the board's license lookup");
    const item = link.closest('li');
    expect(item.find('a.ref').length).toBe(1);
    if (field.note) expect(item.text().replace(/\s+/g, ' ')).toContain(field.note);
  });
  it('shows Ohio’s LISW hours as earned under the LSW, not as a Social Work Assistant', () => {
    const path = page('/licensing/ohio/')('section[aria-labelledby="path-h"]').text();
    expect(path).toContain('LSW (Licensed Social Worker)');
    expect(path).not.toContain('Social Work Assistant');
  });
});

describe('the glossary and downloads', () => {
  it('defines every abbreviation used on a state page, at the anchor the state page links to', () => {
    const $ = page('/licensing/glossary/');
    for (const s of states) {
      const $s = page(`/licensing/${slug(s.name)}/`);
      $s('a[href^="/licensing/glossary/#"]').each((_, a) => {
        const id = $s(a).attr('href')!.split('#')[1];
        expect($(`[id="${id}"] dt`).text(), `${s.name} ${id}`).toBe($s(a).text());
      });
    }
  });
  it('publishes JSON with all 51 jurisdictions and every cited source', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'data/licensing.json'), 'utf8'));
    expect(json.states).toHaveLength(51);
    const tx = json.states.find((s: { code: string }) => s.code === 'TX');
    expect(tx.clinical.abbr).toBe('LCSW');
    expect(JSON.stringify(json)).not.toContain('"research"');
    for (const s of json.states) {
      const cited = JSON.stringify(s).match(/"source":"([^"]+)"/g) ?? [];
      for (const c of cited) expect(json.sources[c.slice(10, -1)], c).toBeDefined();
    }
  });
  it('publishes CSV with a header and one row per jurisdiction, empty where unverified', () => {
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(join(DIST, 'data/licensing.csv'), 'utf8'),
      { header: true },
    ).data;
    expect(rows).toHaveLength(51);
    for (const s of states) {
      const row = rows.find((r) => r.code === s.code)!;
      expect(row.clinicalLicense).toBe(s.clinical.abbr);
      expect(row.supervisedHours).toBe(
        s.clinical.supervisedHours.value !== undefined
          ? String(s.clinical.supervisedHours.value)
          : '',
      );
    }
  });
});
