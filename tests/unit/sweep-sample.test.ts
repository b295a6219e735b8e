import { describe, expect, it } from 'vitest';
import {
  SAMPLED_FAMILIES,
  evenlySpaced,
  oneOfEachStructure,
  samplePages,
} from '../sweep-sample.ts';
import { pageStructure } from '../page-structure.ts';

const STATES = ['ak', 'al', 'ar', 'az', 'ca', 'co', 'ma', 'ny', 'tx', 'wy'];
const postings = (n: number) =>
  Array.from({ length: n }, (_, i) => `/jobs/posting-${String(i).padStart(4, '0')}/`);
const site = (n: number) => [
  '/',
  '/career/',
  '/jobs/',
  '/jobs/post/',
  '/licensing/',
  '/licensing/texas/',
  '/licensing/wyoming/',
  ...STATES.map((s) => `/jobs/state/${s}/`),
  '/jobs/state/ma/page/2/',
  '/jobs/state/ma/page/3/',
  '/jobs/state/tx/page/2/',
  ...Array.from({ length: Math.ceil(n / 50) - 1 }, (_, i) => `/jobs/page/${i + 2}/`),
  ...postings(n),
];
const family = (name: string) => SAMPLED_FAMILIES.find((f) => f.name === name)!;

describe('evenly spaced picks', () => {
  it('take the first and the last and spread the rest between them', () => {
    expect(evenlySpaced([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([1, 5, 9]);
    expect(evenlySpaced(['a', 'b', 'c'], 1)).toEqual(['a']);
    expect(evenlySpaced(['a', 'b'], 5)).toEqual(['a', 'b']);
    expect(evenlySpaced(['a', 'b'], 0)).toEqual([]);
  });
});

describe('the pages the browser sweeps visit', () => {
  it('include every page outside the sampled families, however many postings there are', () => {
    for (const n of [12, 1000]) {
      const swept = samplePages(site(n));
      for (const p of [
        '/',
        '/career/',
        '/jobs/',
        '/jobs/post/',
        '/licensing/',
        '/licensing/texas/',
        '/licensing/wyoming/',
      ])
        expect(swept).toContain(p);
    }
  });

  it('stay the same size whether the board has 12 or 1,000 postings', () => {
    const small = samplePages(site(12));
    const large = samplePages(site(1000));
    const postingsIn = (paths: string[]) => paths.filter((p) => p.startsWith('/jobs/posting-'));
    expect(postingsIn(small)).toHaveLength(family('job posting').size);
    expect(postingsIn(large)).toHaveLength(family('job posting').size);
    expect(large.filter((p) => /^\/jobs\/page\//.test(p))).toHaveLength(2);
    expect(large.length).toBeLessThan(30);
  });

  it('take the named members of a family first, then evenly spaced others in sorted order', () => {
    const swept = samplePages(site(12), ['/jobs/state/ma/', '/jobs/posting-0005/']);
    expect(swept.filter((p) => /^\/jobs\/state\/[a-z]{2}\/$/.test(p))).toEqual([
      '/jobs/state/ak/',
      '/jobs/state/ma/',
    ]);
    expect(swept).toContain('/jobs/posting-0005/');
    expect(swept.filter((p) => p.startsWith('/jobs/posting-'))).toHaveLength(6);
    expect(swept.filter((p) => p.includes('/page/') && p.startsWith('/jobs/state/'))).toEqual([
      '/jobs/state/ma/page/2/',
    ]);
  });

  it('are the same on every run and keep the order of the sitemap', () => {
    const paths = site(300);
    const shuffled = [...paths].reverse();
    expect(samplePages(paths)).toEqual(samplePages(paths));
    expect([...samplePages(shuffled)].sort()).toEqual([...samplePages(paths)].sort());
    const swept = samplePages(paths);
    expect(swept).toEqual(paths.filter((p) => swept.includes(p)));
  });

  it('recognise the job board’s own pages as pages, not postings', () => {
    expect(family('job posting').pattern.test('/jobs/post/')).toBe(false);
    expect(family('job posting').pattern.test('/jobs/state/ma/')).toBe(false);
    expect(family('job posting').pattern.test('/jobs/page/2/')).toBe(false);
    expect(family('job posting').pattern.test('/jobs/example-boston-hospital-licsw/')).toBe(true);
  });
});

describe('families swept one page per distinct structure', () => {
  const pages: Record<string, string> = {
    '/licensing/alabama/':
      '<main><h1>Alabama</h1><table class="t"><tr><td>1</td></tr></table></main>',
    '/licensing/alaska/':
      '<main><h1>Alaska</h1><table class="t"><tr><td>2</td><td>3</td></tr></table></main>',
    '/licensing/ohio/':
      '<main><h1>Ohio</h1><table class="t"><tr><td>1</td></tr></table><aside aria-label="x">Note</aside></main>',
    '/licensing/texas/': '<main><h1>Texas</h1><table class="t"><tr><td>9</td></tr></table></main>',
  };
  const structureOf = (p: string) => pageStructure(pages[p]!);

  it('call pages alike when only their words and how often an element repeats differ', () => {
    expect(structureOf('/licensing/alabama/')).toBe(structureOf('/licensing/alaska/'));
    expect(structureOf('/licensing/alabama/')).not.toBe(structureOf('/licensing/ohio/'));
    expect(pageStructure('<p class="a">x</p>')).not.toBe(pageStructure('<p class="b">x</p>'));
    expect(pageStructure('<p data-x="1">x</p>')).not.toBe(pageStructure('<p>x</p>'));
  });

  it('visit the named pages and the first of every other structure', () => {
    const paths = Object.keys(pages);
    expect(oneOfEachStructure(paths, [], structureOf)).toEqual([
      '/licensing/alabama/',
      '/licensing/ohio/',
    ]);
    expect(oneOfEachStructure(paths, ['/licensing/texas/'], structureOf)).toEqual([
      '/licensing/texas/',
      '/licensing/ohio/',
    ]);
  });

  it('visit every state licensing page when the structure cannot be read', () => {
    const paths = [
      '/licensing/',
      ...Object.keys(pages),
      '/licensing/compare/',
      '/licensing/glossary/',
    ];
    expect(samplePages(paths)).toEqual(paths);
    expect(samplePages(paths, [], undefined, structureOf)).toEqual([
      '/licensing/',
      '/licensing/alabama/',
      '/licensing/ohio/',
      '/licensing/compare/',
      '/licensing/glossary/',
    ]);
  });
});
