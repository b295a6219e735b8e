import { describe, expect, it } from 'vitest';
import { isNoindexHtml } from '#src/lib/site/noindex.ts';

const page = (head: string, body = '<main>Text</main>') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}<title>T</title></head><body>${body}</body></html>`;

describe('a built page that asks not to be indexed', () => {
  it('is one with a robots meta tag naming noindex, as the layout writes it or otherwise', () => {
    expect(isNoindexHtml(page('<meta name="robots" content="noindex">'))).toBe(true);
    expect(isNoindexHtml(page('<meta content="noindex, follow" name="robots" />'))).toBe(true);
    expect(isNoindexHtml(page("<meta name='ROBOTS' content='NOINDEX'>"))).toBe(true);
  });
  it('is not one with a canonical link, another robots value, or noindex only in its text', () => {
    expect(isNoindexHtml(page('<link rel="canonical" href="https://x.example/a/">'))).toBe(false);
    expect(isNoindexHtml(page('<meta name="robots" content="max-image-preview:large">'))).toBe(
      false,
    );
    expect(isNoindexHtml(page('<meta name="description" content="noindex pages explained">'))).toBe(
      false,
    );
    expect(isNoindexHtml(page('', '<pre>&lt;meta name="robots" content="noindex"&gt;</pre>'))).toBe(
      false,
    );
    expect(isNoindexHtml(page('', '<meta name="robots" content="noindex">'))).toBe(false);
  });
});
