import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from '#src/lib/paths.ts';
import { guideHref, guideSlug } from '#src/lib/career/guide.ts';

describe('base-path aware links', () => {
  it('leaves root-based paths alone when the base is /', () =>
    expect(withBase('/career/', '/')).toBe('/career/'));
  it('prefixes a sub-path base, with or without its trailing slash', () => {
    expect(withBase('/career/', '/ccm/')).toBe('/ccm/career/');
    expect(withBase('/career/', '/ccm')).toBe('/ccm/career/');
  });
  it('never touches absolute URLs or mailto links', () => {
    expect(withBase('https://www.bls.gov/', '/ccm/')).toBe('https://www.bls.gov/');
    expect(withBase('mailto:a@b.example', '/ccm/')).toBe('mailto:a@b.example');
  });
  it('strips the base back off a pathname', () =>
    expect(withoutBase('/ccm/career/', '/ccm/')).toBe('/career/'));
});

describe('career guide routes', () => {
  it('maps the overview entry to /career/ and others below it', () => {
    expect(guideHref('index')).toBe('/career/');
    expect(guideHref('duties')).toBe('/career/duties/');
    expect(guideSlug('index')).toBeUndefined();
    expect(guideSlug('skills')).toBe('skills');
  });
});
