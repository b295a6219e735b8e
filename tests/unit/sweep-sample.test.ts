import { describe, expect, it } from 'vitest';
import { SAMPLED_FAMILIES, evenlySpaced, samplePages } from '../sweep-sample.ts';

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
