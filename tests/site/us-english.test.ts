import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { DIST, filesUnder, htmlFiles } from './built';
import { britishSpellings, laidOutText, runTogether, SEAM } from '../text-checks';

/** Exact strings that legitimately keep a British spelling because they quote someone else (none today). */
const ALLOWED_BRITISH: string[] = [];

/** Names written as one word by their owners, which the run-together check would otherwise flag. */
const ALLOWED_RUN_TOGETHER = [
  'BestMSWPrograms', // a publisher, BestMSWPrograms.com (content/sources)
  'IdentoGO', // a fingerprinting vendor's name (content/states/ok.yaml)
  'ChelseaKR', // a GitHub account holding the copy of Projections Central we read (content/sources)
];

/** Every text a reader or a search engine sees on a built page: laid-out body text, head text, labels, JSON-LD. */
function readableText(html: string): string {
  const $ = load(html);
  const head = [
    $('title').text(),
    ...$('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')
      .map((_, m) => $(m).attr('content') ?? '')
      .get(),
  ];
  const attrs = $('[alt], [aria-label], [title], [placeholder]')
    .map((_, el) =>
      ['alt', 'aria-label', 'title', 'placeholder'].map((a) => $(el).attr(a) ?? '').join(' '),
    )
    .get();
  const jsonld = $('script[type="application/ld+json"]')
    .map((_, s) => $(s).text())
    .get();
  return [...head, ...attrs, ...jsonld, laidOutText($('body').html() ?? '').replaceAll(SEAM, '')]
    .join('\n')
    .replace(/\\u003c/g, '<');
}

const pages = htmlFiles();
const dataFiles = filesUnder(DIST).filter(
  (f) => /\.(json|xml|csv|txt)$/.test(f) && !f.startsWith('pagefind/'),
);

describe('US English', () => {
  it('no built page uses a British spelling', () => {
    const found = pages.flatMap((f) =>
      britishSpellings(readableText(readFileSync(join(DIST, f), 'utf8')), ALLOWED_BRITISH).map(
        (hit) => `${f}: ${hit}`,
      ),
    );
    expect(found).toEqual([]);
  });
  it('no feed, data file or sitemap uses a British spelling', () => {
    expect(dataFiles.length).toBeGreaterThan(3);
    const found = dataFiles.flatMap((f) =>
      britishSpellings(readFileSync(join(DIST, f), 'utf8'), ALLOWED_BRITISH).map(
        (hit) => `${f}: ${hit}`,
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('words keep their spaces', () => {
  it('no built page runs two words or sentences together', () => {
    const found = pages.flatMap((f) => {
      const $ = load(readFileSync(join(DIST, f), 'utf8'));
      return runTogether(laidOutText($('body').html() ?? ''), ALLOWED_RUN_TOGETHER).map(
        (hit) => `${f}: ${hit}`,
      );
    });
    expect(found).toEqual([]);
  });
});
