import { describe, expect, it } from 'vitest';
import { htmlFiles, page, routeOf } from './built';
import { PLACEHOLDERS } from '#src/lib/site/config.ts';

describe('"Report a correction" on every page', () => {
  it('opens the correction issue form with the page address filled in', () => {
    for (const route of htmlFiles().map(routeOf)) {
      const $ = page(route);
      const href = $('footer a[href*="report-a-correction"]').attr('href');
      expect(href, route).toBeDefined();
      const url = new URL(href!);
      expect(`${url.origin}${url.pathname}`).toBe(`${PLACEHOLDERS.REPOSITORY_URL}/issues/new`);
      expect(url.searchParams.get('template')).toBe('report-a-correction.yml');
      // The 404 page stands for whatever address was asked for, so it leaves the field for the visitor.
      expect(url.searchParams.get('page'), route).toBe(
        route === '/404.html' ? null : new URL(route, PLACEHOLDERS.SITE_URL).href,
      );
    }
  });
});
