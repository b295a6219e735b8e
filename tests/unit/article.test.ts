import { describe, expect, it } from 'vitest';
import { indefinite, withArticle } from '#src/lib/text/article.ts';
import { usMapShapes } from '#src/lib/geo/us-map.ts';

describe('the indefinite article before a state name', () => {
  it('says "an" before a vowel sound and "a" before a consonant sound', () => {
    expect(withArticle('Ohio')).toBe('an Ohio');
    expect(withArticle('Oregon')).toBe('an Oregon');
    expect(withArticle('Illinois')).toBe('an Illinois');
    expect(withArticle('Alaska')).toBe('an Alaska');
    expect(withArticle('Utah')).toBe('a Utah');
    expect(withArticle('Texas')).toBe('a Texas');
    expect(withArticle('New York')).toBe('a New York');
  });
  it('gives every jurisdiction on the map the article its first letter calls for', () => {
    for (const { name } of usMapShapes()) {
      const expected = /^[AEIO]/.test(name) ? 'an' : 'a';
      expect(indefinite(name), name).toBe(expected);
    }
  });
});
