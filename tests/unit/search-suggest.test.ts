import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, type Suggestion } from '#src/lib/search/suggest.ts';

const places: Suggestion[] = [
  { label: 'Texas', href: '/licensing/texas/', names: ['Texas', 'TX'] },
  { label: 'Tennessee', href: '/licensing/tennessee/', names: ['Tennessee', 'TN'] },
  { label: 'New Mexico', href: '/licensing/new-mexico/', names: ['New Mexico', 'NM'] },
  { label: 'LCSW', href: '/search/?q=LCSW', names: ['LCSW', 'Licensed Clinical Social Worker'] },
  { label: 'Certifications', href: '/career/certifications/', names: ['Certifications'] },
];

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbors', () => {
    expect(editDistance('texas', 'texas')).toBe(0);
    expect(editDistance('texsa', 'texas')).toBe(1);
    expect(editDistance('texs', 'texas')).toBe(1);
    expect(editDistance('taxas', 'texas')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('did you mean', () => {
  it('suggests the nearest state for a misspelled one, alone or among other words', () => {
    expect(didYouMean('Texsa', places)?.href).toBe('/licensing/texas/');
    expect(didYouMean('lcsw texsa', places)?.href).toBe('/licensing/texas/');
    expect(didYouMean('Tennesee', places)?.href).toBe('/licensing/tennessee/');
    expect(didYouMean('new mexco', places)?.href).toBe('/licensing/new-mexico/');
  });
  it('suggests a license or a page', () => {
    expect(didYouMean('LCWS', places)?.label).toBe('LCSW');
    expect(didYouMean('certifcations', places)?.label).toBe('Certifications');
  });
  it('says nothing when the query already names a place, or nothing is close', () => {
    expect(didYouMean('Texas', places)).toBeUndefined();
    expect(didYouMean('lcsw salary texas', places)).toBeUndefined();
    expect(didYouMean('zzzzzz', places)).toBeUndefined();
    expect(didYouMean('', places)).toBeUndefined();
    expect(didYouMean('TY', places)).toBeUndefined();
  });
});
