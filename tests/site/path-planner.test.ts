import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { stateSlug } from '#src/lib/geo/state-slug.ts';
import { STARTS } from '#src/lib/licensing/path/types.ts';
import { fileFor, page } from './built';

const states = readdirSync('content/states').map(
  (f) => parse(readFileSync(`content/states/${f}`, 'utf8')) as { name: string; code: string },
);

describe('the path planner pages', () => {
  it('has a page for every state and start, each with a total sentence and numbered steps', () => {
    expect(states.length).toBe(51);
    for (const s of states)
      for (const start of STARTS) {
        const route = `/career/path/${stateSlug(s.name)}/${start}/`;
        expect(fileFor(route), route).toBeDefined();
        const $ = page(route);
        const total = $('#path [data-total]').text();
        expect(total, route).toMatch(new RegExp(`in ${s.name}[,;:. ]|yet`));
        expect($('#path ol.path-steps > li').length, route).toBeGreaterThan(0);
        expect($('h1').text(), route).toContain(
          `How long does it take to become a clinical case manager in ${s.name}`,
        );
      }
  });
  it('shows the totals worked out by hand in tests/unit/license-path.test.ts', () => {
    expect(page('/career/path/texas/none/')('#path [data-total]').text()).toBe(
      'About 7 to 8 years from today to the LCSW in Texas, at the earliest 7 years.',
    );
    expect(page('/career/path/texas/msw/')('#path [data-total]').text()).toBe(
      'About 2 years from today to the LCSW in Texas, at the earliest 2 years.',
    );
    expect(page('/career/path/texas/rn/')('#path [data-total]').text()).toBe(
      'About 12 months to 2 years from today to the CCM certification in Texas, at the earliest 12 months.',
    );
    // Connecticut sets no minimum period (Conn. Gen. Stat. § 20-195n(c)(2)): 3,000 / 2,080 a year = 17.3 months
    expect(page('/career/path/connecticut/msw/')('#path [data-total]').text()).toBe(
      'About 18 months from today to the LCSW in Connecticut, at the earliest 18 months.',
    );
    // Iowa's minimum period is still not verified (Iowa Code 154C.3 gives 4,000 hours or two years full time)
    expect(page('/career/path/iowa/msw/')('#path [data-total]').first().text()).toContain(
      'not yet verified',
    );
  });
  it('offers the other goals on the same page, each with its own anchor', () => {
    const $ = page('/career/path/ohio/bsw/');
    expect($('#goal-ccm [data-total]').text()).toContain('CCM certification in Ohio');
    expect($('#goal-acm [data-total]').text()).toContain('ACM certification in Ohio');
    expect(page('/career/path/ohio/rn/')('#goal-acm').length).toBe(1);
  });
  it('has a plain GET form with the state and start preselected', () => {
    const $ = page('/career/path/new-york/bsn/');
    const form = $('form[data-path-form]');
    expect(form.attr('method')).toBe('get');
    expect(form.attr('action')).toBe('/career/path/');
    expect(form.find('select[name="state"] option[selected]').attr('value')).toBe('new-york');
    expect(form.find('select[name="start"] option[selected]').attr('value')).toBe('bsn');
  });
  it('lists every start with its total on each state page, and every state on /career/path/', () => {
    const $ = page('/career/path/texas/');
    expect($('h1').text()).toBe(
      'How long does it take to become a clinical case manager in Texas?',
    );
    expect($('ul.starts > li').length).toBe(STARTS.length);
    expect(page('/career/path/')('a[href^="/career/path/"]').length).toBeGreaterThanOrEqual(51);
  });
  it('is linked from the how-to page and from each state page, with the state preselected', () => {
    expect(page('/career/how-to-become/')('main a[href="/career/path/"]').length).toBe(1);
    for (const s of states)
      expect(
        page(`/licensing/${stateSlug(s.name)}/`)(
          `main a[href="/career/path/${stateSlug(s.name)}/"]`,
        ).length,
        s.name,
      ).toBe(1);
  });
});
