import { describe, expect, it } from 'vitest';
import { fileFor, htmlFiles, page, routeOf } from './built';

/** Link texts that say nothing about where the link goes. */
const VAGUE = /^(click here|here|read more|more|learn more|link|this page|this link|go|details)$/i;

const pages = htmlFiles().map(routeOf);

describe('links in the build', () => {
  it.each(pages)('%s: every internal link and anchor resolves', (route) => {
    const $ = page(route);
    const broken: string[] = [];
    $('a[href], link[href], img[src], script[src]').each((_, el) => {
      const raw = $(el).attr('href') ?? $(el).attr('src')!;
      if (/^(https?:|mailto:|tel:|data:)/.test(raw)) return;
      const url = new URL(raw, `http://site.test${route}`);
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${raw} (no page)`);
        return;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const $t = url.pathname === route ? $ : page(url.pathname);
        if ($t(`[id="${id}"]`).length === 0) broken.push(`${raw} (no element with id "${id}")`);
      }
    });
    expect(broken).toEqual([]);
  });

  it.each(pages)('%s: external links are well-formed http(s) URLs', (route) => {
    const $ = page(route);
    $('a[href^="http"]').each((_, a) => {
      const href = $(a).attr('href')!;
      expect(() => new URL(href), href).not.toThrow();
    });
  });

  it.each(pages)('%s: no link has vague text like "click here"', (route) => {
    const $ = page(route);
    const vague = $('a')
      .filter((_, a) => !$(a).attr('aria-label') && VAGUE.test($(a).text().trim()))
      .map((_, a) => `${$(a).text().trim()} -> ${$(a).attr('href')}`)
      .get();
    expect(vague).toEqual([]);
  });
});
