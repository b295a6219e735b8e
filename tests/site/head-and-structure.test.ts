import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, htmlFiles, isNoindex, isSearchable, page, routeOf } from './built';
import { inTemplate } from '../../scripts/lib/page-weight.ts';
import { jsBudgetFor } from '../../scripts/lib/budgets.ts';

const pages = htmlFiles().map(routeOf);
/** Pages kept out of search engines and the site search (404, search, closed jobs, empty job lists): no canonical URL, no index marker. */
const NOINDEX = pages.filter(isNoindex);
const inner = pages.filter((r) => r !== '/' && r !== '/404.html');

/** The parsed JSON-LD blocks of a page. */
const jsonLd = (route: string) => {
  const $ = page(route);
  return $('script[type="application/ld+json"]')
    .map((_, s) => JSON.parse($(s).text()))
    .get() as Record<string, any>[];
};

describe('every page has a complete head and one clear structure', () => {
  it('no page skips a heading level on the way down (h1 then h3), so the outline reads in order', () => {
    const skips = pages.flatMap((route) => {
      let previous = 0;
      return page(route)('h1, h2, h3, h4, h5, h6')
        .map((_, el) => {
          const level = Number(el.tagName.slice(1));
          const skip =
            previous > 0 && level > previous + 1 ? `${route}: h${previous} then h${level}` : [];
          previous = level;
          return skip;
        })
        .get();
    });
    expect(skips).toEqual([]);
  });
  it.each(pages)(
    '%s: language, title, description, canonical, Open Graph, one h1, skip link and main landmark',
    (route) => {
      const $ = page(route);
      expect($('html').attr('lang')).toBe('en-US');
      expect($('title').text().length).toBeGreaterThan(5);
      expect(($('meta[name="description"]').attr('content') ?? '').length).toBeGreaterThan(50);
      if (!NOINDEX.includes(route)) {
        const canonical = $('link[rel="canonical"]').attr('href') ?? '';
        expect(new URL(canonical).pathname).toBe(route);
        expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
      }
      expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
      expect($('h1')).toHaveLength(1);
      expect($('a.skip-link').attr('href')).toBe('#main');
      expect($('main#main')).toHaveLength(1);
      expect($('main[data-pagefind-body]')).toHaveLength(isSearchable(route) ? 1 : 0);
      expect($('meta[http-equiv="content-security-policy"]').attr('content')).toMatch(
        /default-src 'self'/,
      );
    },
  );

  it.each(inner)('%s: BreadcrumbList structured data that ends at this page', (route) => {
    const crumbs = jsonLd(route).find((d) => d['@type'] === 'BreadcrumbList');
    expect(crumbs).toBeDefined();
    const items = crumbs!.itemListElement as { position: number; name: string; item: string }[];
    expect(items[0]?.name).toBe('Home');
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    expect(new URL(items.at(-1)!.item).pathname).toBe(route);
  });

  it('the career overview describes the Occupation with its required and sourced fields', () => {
    const occ = jsonLd('/career/').find((d) => d['@type'] === 'Occupation');
    expect(occ).toBeDefined();
    expect(occ!.name).toBe('Clinical case manager');
    expect(occ!.occupationLocation).toEqual({ '@type': 'Country', name: 'United States' });
    expect(occ!.responsibilities.length).toBeGreaterThanOrEqual(10);
    expect(occ!.skills).toContain('Communication');
  });

  it('the 404 page asks search engines not to index it and claims no canonical URL', () => {
    expect(page('/404.html')('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(page('/404.html')('link[rel="canonical"]').length).toBe(0);
  });
});

/** Pages that are tools rather than text: they may load small same-origin scripts (each has a JavaScript budget). */
const TOOL_PAGES = pages.filter((p) => jsBudgetFor(p));

/** Scripts a page runs: executable <script> elements, leaving out JSON-LD and anything inside a <template>. */
const running = (route: string) => {
  const $ = page(route);
  return $('script')
    .filter((_, s) => $(s).attr('type') !== 'application/ld+json' && !inTemplate(s))
    .map((_, s) => $(s).attr('src') ?? `inline: ${$(s).html()}`)
    .get();
};
const textPages = pages.filter((p) => !TOOL_PAGES.includes(p));
/** The header search opener (src/scripts/search-opener.ts), as the first text page loads it. */
const [firstTextPage] = textPages;
if (!firstTextPage) throw new Error('dist/ has no text pages: run npm run build first.');
const opener = running(firstTextPage)[0] ?? '';

describe('text pages ship no JavaScript but the tiny header search opener', () => {
  it('the opener is one external module under 1.5 KB gzip that imports nothing up front', () => {
    expect(opener).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    const code = readFileSync(join(DIST, opener), 'utf8');
    expect(gzipSync(code).length).toBeLessThan(1536);
    // No static import or re-export: only import(...) of the popup, on first use of the search box.
    expect(code).not.toMatch(/\bimport\s*(?!\()[\w$*{"'`]/);
    expect(code).not.toMatch(/\bfrom\s*["'`]/);
    expect(code).toMatch(/\bimport\(/);
  });

  it.each(pages)(
    '%s has the search popup module only inside an inert <template>, and it is in the build',
    (route) => {
      const $ = page(route);
      const inert = $('script').filter((_, s) => inTemplate(s));
      expect(inert.length).toBe(1);
      expect($('template[data-search-popup]').length).toBe(1);
      const src = inert.attr('src') ?? '';
      expect(src).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      expect(existsSync(join(DIST, src))).toBe(true);
      expect(running(route)).not.toContain(src);
    },
  );

  it.each(textPages)('%s runs no script but the opener', (route) => {
    expect(running(route)).toEqual([opener]);
    expect(page(route)('link[rel="modulepreload"]').length).toBe(0);
  });
});

describe('tool pages load only small same-origin modules', () => {
  it.each(TOOL_PAGES)(
    '%s: scripts are same-origin modules, and any inline script is allowed by its hash in the CSP',
    (route) => {
      const $ = page(route);
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      // Data blocks (JSON-LD, the search page's JSON list) are never executed, so the CSP does not cover them.
      const scripts = $('script').filter(
        (_, s) => !['application/ld+json', 'application/json'].includes($(s).attr('type') ?? ''),
      );
      expect(scripts.length).toBeGreaterThan(0);
      scripts.each((_, s) => {
        const src = $(s).attr('src');
        if (src) expect(src).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        else
          expect(csp).toContain(
            `'sha256-${createHash('sha256')
              .update($(s).html() ?? '')
              .digest('base64')}'`,
          );
      });
      expect(csp).not.toContain('unsafe-inline');
    },
  );
});
