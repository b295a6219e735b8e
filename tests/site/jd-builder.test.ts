import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataOf, fileFor, page } from './built';

const ROUTE = '/job-description/builder/';
const templates = dataOf<{ setting: string }>('jd-templates');
const states = dataOf<{ code: string; clinical: { abbr: string } }>('states');

/** Astro serializes island props as [type, value] pairs: 0 plain value or object, 1 array. */
function revive(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const [type, value] = v as [number, unknown];
  if (type === 1) return (value as unknown[]).map(revive);
  if (type === 0 && value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, revive(x)]));
  return value;
}

describe('job description builder page', () => {
  const $ = page(ROUTE);
  const html = readFileSync(fileFor(ROUTE)!, 'utf8');

  it('says what it is and, for browsers without scripting, links to every static template', () => {
    expect($('h1').text()).toBe('Job description builder');
    const fallback = $('[data-builder-fallback]');
    expect(fallback.text()).toContain('needs JavaScript');
    const links = fallback
      .find('a')
      .map((_, a) => $(a).text())
      .get();
    for (const t of templates.values()) expect(links).toContain(t.setting);
  });

  it('is drawn on the server, not only in the browser: the form, every field and the preview are in the HTML', () => {
    const island = $('astro-island[component-url*="JdBuilder"]');
    expect(island.attr('client')).not.toBe('only');
    expect(island.attr('ssr')).toBeDefined();
    const form = island.find('form[aria-label="Job description builder"]');
    expect(form.length).toBe(1);
    for (const id of [
      'jd-organization',
      'jd-organization-url',
      'jd-variant',
      'jd-job-title',
      'jd-city',
      'jd-state',
      'jd-pay-min',
      'jd-pay-max',
      'jd-summary',
      'jd-conditions',
      'jd-how-to-apply',
      'jd-closing-date',
      'jd-check',
    ])
      expect(form.find(`#${id}`).length, id).toBe(1);
    const stateCodes = form
      .find('#jd-state option')
      .map((_, o) => $(o).attr('value'))
      .get()
      .filter(Boolean);
    expect(stateCodes.sort()).toEqual([...states.values()].map((s) => s.code).sort());
    const general = templates.get('general') as unknown as { jobTitle: string };
    expect(island.find('.jd-preview').text()).toContain(general.jobTitle);
    // Inert, and not yet marked ready, until the island hydrates in the browser.
    expect(form.attr('inert')).toBeDefined();
    expect(island.find('[data-ready]').length).toBe(0);
  });

  it('hydrates one island with every variant, every state and its clinical license', () => {
    const island = $('astro-island[component-url*="JdBuilder"]');
    expect(island.length).toBe(1);
    const data = (
      revive([0, JSON.parse(island.attr('props')!)]) as {
        data: {
          variants: { id: string }[];
          states: { code: string; clinicalAbbr: string }[];
          pay: { national: { source: { period: string } } };
        };
      }
    ).data;
    expect(data.variants.map((v) => v.id).sort()).toEqual([...templates.keys()].sort());
    expect(data.states.length).toBe(states.size);
    for (const s of states.values())
      expect(data.states.find((x) => x.code === s.code)?.clinicalAbbr).toBe(s.clinical.abbr);
    expect(data.pay.national.source.period).toMatch(/^May \d{4}$/);
  });

  it('carries no markup or script in its data: every script is JSON-LD or a same-origin module', () => {
    expect(html).not.toMatch(/onerror=|javascript:|alert\(/i);
    $('script').each((_, s) => {
      const type = $(s).attr('type');
      expect(
        type === 'application/ld+json' || type === 'module' || $(s).attr('src') === undefined,
      ).toBe(true);
    });
    const props = $('astro-island').attr('props')!;
    expect(props).not.toMatch(/<\/?script/i);
  });

  it('is linked from every template page', () => {
    for (const id of templates.keys()) {
      const $t = page(id === 'general' ? '/job-description/' : `/job-description/${id}/`);
      expect($t(`a[href="${ROUTE}"]`).length, id).toBeGreaterThan(0);
    }
  });
});
