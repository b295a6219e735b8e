import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { childBuild } from '../child-build.ts';

/** Every HTML file under a folder. */
const htmlUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory()
      ? htmlUnder(join(dir, n))
      : n.endsWith('.html')
        ? [join(dir, n)]
        : [],
  );

describe('the site served from a sub-path (BASE_PATH=/ccm/)', () => {
  const work = mkdtempSync(join(tmpdir(), 'ccm-base-'));
  const dist = join(work, 'dist');
  const run = childBuild(work, { BASE_PATH: '/ccm/' });

  it('builds', () => expect(run.code, run.output).toBe(0));

  it('links every internal address under /ccm/, and each one resolves to a built file', () => {
    const bad: string[] = [];
    for (const file of htmlUnder(dist)) {
      const $ = load(readFileSync(file, 'utf8'));
      $('a[href^="/"], link[href^="/"], script[src^="/"]').each((_, el) => {
        const url = $(el).attr('href') ?? $(el).attr('src')!;
        if (!url.startsWith('/ccm/'))
          return void bad.push(`${file.slice(dist.length)}: ${url} is outside the base`);
        const path = url.replace(/[?#].*$/s, '').slice('/ccm'.length);
        const target = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
        if (!existsSync(target)) bad.push(`${file.slice(dist.length)}: ${url} has no file`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('points the search page and robots.txt at the sub-path', () => {
    expect(
      load(readFileSync(join(dist, 'search/index.html'), 'utf8'))('[data-pagefind-ui]').attr(
        'data-pagefind-ui',
      ),
    ).toBe('/ccm/pagefind/pagefind.js');
    // The header search popup, on a text page: Pagefind and the search page under the base.
    const header = load(readFileSync(join(dist, 'career/index.html'), 'utf8'))(
      'form[data-site-search]',
    );
    expect(header.attr('data-pagefind-ui')).toBe('/ccm/pagefind/pagefind.js');
    expect(header.attr('action')).toBe('/ccm/search/');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(
      /Sitemap: https?:\/\/[^/]+\/ccm\/sitemap-index\.xml/,
    );
    rmSync(work, { recursive: true, force: true });
  });
});
