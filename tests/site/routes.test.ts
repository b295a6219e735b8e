import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, fileFor, htmlFiles, routeOf, isNoindex } from './built';

const REQUIRED = [
  '/',
  '/career/',
  '/career/duties/',
  '/career/skills/',
  '/career/how-to-become/',
  '/career/certifications/',
  '/sources/',
  '/job-description/',
];

describe('the routes of the build', () => {
  it.each(REQUIRED)('%s is built', (route) => expect(fileFor(route)).toBeDefined());

  it('has a 404 page, a favicon and robots.txt pointing at the absolute sitemap URL', () => {
    expect(fileFor('/404.html')).toBeDefined();
    expect(fileFor('/favicon.svg')).toBeDefined();
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(
      /^Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml$/m,
    );
  });

  it('lists every page except the noindex ones (404, search, closed and example jobs, state job lists without real postings) in the sitemap, and nothing else', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => new URL(m[1]!).pathname) // the group is required
      .sort();
    const pages = htmlFiles()
      .map(routeOf)
      .filter((r) => !isNoindex(r))
      .sort();
    expect(pages.length).toBeGreaterThan(60);
    expect(htmlFiles().map(routeOf).filter(isNoindex)).toEqual(
      expect.arrayContaining(['/404.html', '/search/']),
    );
    expect(listed).toEqual(pages);
  });
});
