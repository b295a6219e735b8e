import { describe, expect, it } from 'vitest';
import { filterValue, searchTypeOf } from '#src/lib/search/type.ts';
import { readSearchParams, writeSearchParams } from '#src/lib/search/params.ts';
import { marksSearchBody, spacedForIndex } from '#src/lib/search/index-text.ts';

describe('search facets', () => {
  it('sorts pages into the content types visitors filter by', () => {
    expect(searchTypeOf('/career/duties/')).toBe('Career guide');
    expect(searchTypeOf('/career/outlook/')).toBe('Pay and outlook');
    expect(searchTypeOf('/salary/')).toBe('Pay and outlook');
    expect(searchTypeOf('/licensing/texas/')).toBe('Licensing');
    expect(searchTypeOf('/job-description/')).toBe('Job description');
    expect(searchTypeOf('/job-description/hospital/')).toBe('Job description');
    expect(searchTypeOf('/jobs/')).toBe('Job');
    expect(searchTypeOf('/jobs/care-coordinator-austin/')).toBe('Job');
    expect(searchTypeOf('/sources/licensing/')).toBe('Sources');
    expect(searchTypeOf('/')).toBe('Home');
  });
  it('keeps filter values free of the separators Pagefind uses', () =>
    expect(filterValue('Washington, D.C.: test')).toBe('Washington D.C. test'));
});

describe('search state in the URL', () => {
  it('round-trips the query and filters, leaving out empty ones', () => {
    const url = writeSearchParams('/search/', { q: 'LCSW & more', type: 'Licensing', state: '' });
    expect(url).toBe('/search/?q=LCSW+%26+more&type=Licensing');
    expect(readSearchParams(url.split('?')[1] ?? '')).toEqual({
      q: 'LCSW & more',
      type: 'Licensing',
      state: '',
    });
  });
  it('gives an empty state for an empty query string', () => {
    expect(readSearchParams('')).toEqual({ q: '', type: '', state: '' });
    expect(writeSearchParams('/search/', { q: '', type: '', state: '' })).toBe('/search/');
  });
});

describe('pages sent to the search index', () => {
  it('sends a page that marks its body, not one without (a job posting), and keeps block spacing', () => {
    expect(marksSearchBody('<main id="main" data-pagefind-body><h1>Texas</h1></main>')).toBe(true);
    expect(marksSearchBody('<main id="main" tabindex="-1"><h1>Care coordinator</h1></main>')).toBe(
      false,
    );
    expect(spacedForIndex('<dt>License</dt><dd>LCSW</dd>')).toBe('<dt>License</dt> <dd>LCSW</dd> ');
  });
});
