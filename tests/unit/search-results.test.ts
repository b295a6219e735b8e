import { describe, expect, it } from 'vitest';
import {
  moveActive,
  pageStatus,
  popupStatus,
  resultCount,
  resultTags,
  resultTitle,
  searchPageHref,
  type PagefindResult,
} from '#src/lib/search/results.ts';

const result = (meta: Record<string, string>, url = '/licensing/texas/'): PagefindResult => ({
  url,
  excerpt: '',
  meta,
});

describe('search results, as the search page and the header popup show them', () => {
  it('counts results in words', () => {
    expect(resultCount(0)).toBe('0 results');
    expect(resultCount(1)).toBe('1 result');
    expect(resultCount(12)).toBe('12 results');
  });
  it('titles a result by its page title, or by its address when it has none', () => {
    expect(resultTitle(result({ title: 'Social work licensing in Texas' }))).toBe(
      'Social work licensing in Texas',
    );
    expect(resultTitle(result({}))).toBe('/licensing/texas/');
    expect(resultTitle(result({ title: '' }))).toBe('/licensing/texas/');
  });
  it('tags a result with its type, and its state when it has one', () => {
    expect(resultTags(result({ type: 'Licensing', state: 'Texas' }))).toBe('Licensing · Texas');
    expect(resultTags(result({ type: 'Career guide' }))).toBe('Career guide');
    expect(resultTags(result({}))).toBe('');
  });
  it('tells the search page how many results there are and when it lists only the first ones', () => {
    expect(pageStatus(1, 'CCM', 20)).toBe('1 result for “CCM”.');
    expect(pageStatus(35, 'Texas', 20)).toBe('35 results for “Texas”, showing the first 20.');
    expect(pageStatus(20, 'Texas', 20)).toBe('20 results for “Texas”.');
  });
  it('announces the popup’s results briefly', () => {
    expect(popupStatus(0, 0)).toBe('No results');
    expect(popupStatus(3, 3)).toBe('3 results');
    expect(popupStatus(1, 1)).toBe('1 result');
    expect(popupStatus(40, 5)).toBe('40 results, top 5 shown');
  });
  it('links to the search page with the query, under the base path', () => {
    expect(searchPageHref('/search/', 'LCSW & more')).toBe('/search/?q=LCSW+%26+more');
    expect(searchPageHref('/ccm/search/', 'Texas')).toBe('/ccm/search/?q=Texas');
  });
});

describe('moving through the popup’s options with the arrow keys', () => {
  it('Down goes to the first option from none, then onward, wrapping from the last to the first', () => {
    expect(moveActive(-1, 4, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 4, 'ArrowDown')).toBe(1);
    expect(moveActive(3, 4, 'ArrowDown')).toBe(0);
  });
  it('Up goes to the last option from none, then back, wrapping from the first to the last', () => {
    expect(moveActive(-1, 4, 'ArrowUp')).toBe(3);
    expect(moveActive(2, 4, 'ArrowUp')).toBe(1);
    expect(moveActive(0, 4, 'ArrowUp')).toBe(3);
  });
  it('leaves nothing active when there are no options', () => {
    expect(moveActive(-1, 0, 'ArrowDown')).toBe(-1);
    expect(moveActive(2, 0, 'ArrowUp')).toBe(-1);
  });
});
