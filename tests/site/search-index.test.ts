import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlFiles, isJobPosting, isNoindex, isSearchable, page, routeOf } from './built';

describe('the search index', () => {
  it('indexes every page except the noindex ones (404, search, closed job postings, empty state job lists) and the pages that grow with the job board', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    const pages = htmlFiles().map(routeOf).filter(isSearchable);
    expect(htmlFiles().map(routeOf).filter(isNoindex)).toContain(
      '/jobs/example-charlotte-behavioral-closed/',
    );
    expect(entry.languages['en-us'].page_count).toBe(pages.length);
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
  });
  it('marks only the main content for indexing, with a type on every page and a state on state pages', () => {
    for (const route of htmlFiles().map(routeOf)) {
      const $ = page(route);
      const indexed = isSearchable(route);
      expect($('[data-pagefind-body]').length, route).toBe(indexed ? 1 : 0);
      if (indexed) {
        expect($('main[data-pagefind-body]').length, route).toBe(1);
        expect($('main [data-pagefind-filter^="type:"]').length, route).toBe(1);
      }
    }
    expect(page('/licensing/texas/')('main [data-pagefind-filter="state:Texas"]').length).toBe(1);
    expect(
      page('/jobs/')('main[data-pagefind-body] [data-pagefind-filter="type:Job"]').length,
    ).toBe(1);
    // Example postings stay out of the site search like every posting page.
    expect(page('/jobs/example-houston-health-plan-rn/')('[data-pagefind-body]').length).toBe(0);
  });
  it('leaves job postings and the job list pages after the first out of the site search (the board filters them)', () => {
    const routes = htmlFiles().map(routeOf);
    const postings = routes.filter(isJobPosting);
    expect(postings).toContain('/jobs/example-houston-health-plan-rn/');
    for (const route of [...postings, ...routes.filter((r) => r.startsWith('/jobs/page/'))])
      expect(page(route)('[data-pagefind-body]').length, route).toBe(0);
  });
  it('puts a search form on every page that works without JavaScript', () => {
    for (const route of htmlFiles().map(routeOf)) {
      const form = page(route)('header form[role="search"]');
      expect(form.attr('action'), route).toBe('/search/');
      expect(form.attr('method')).toBe('get');
      expect(form.find('input[name="q"]').length).toBe(1);
    }
  });
});
