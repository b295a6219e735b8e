import { describe, expect, it } from 'vitest';
import { filterJobs, sortJobs } from '#src/lib/jobs/filter.ts';
import { facetCounts } from '#src/lib/jobs/facets.ts';
import { mergeNewestFirst, shardIndex, shardPath } from '#src/lib/jobs/index-shards.ts';
import { job } from '../job-summary-fixture.ts';

const codes = ['MA', 'NH', 'NY', 'TX', 'VT', 'WY'];
// Same days and same titles on purpose: the order must hold through the ties.
const open = sortJobs(
  [
    job({ id: 'a', s: 'TX', d: '2026-11-20', l: ['LCSW'] }),
    job({ id: 'b', s: 'NY', c: 'Buffalo', d: '2026-11-20' }),
    job({ id: 'c', s: '', c: '', r: 'US', d: '2026-11-20' }),
    job({ id: 'c2', s: '', c: '', r: 'US', d: '2026-11-18', t: 'Zeta' }),
    job({ id: 'd', s: '', c: '', r: ['MA', 'VT', 'MA'], d: '2026-11-19' }),
    job({ id: 'e', s: 'MA', c: 'Boston', r: ['MA', 'NH'], d: '2026-11-18', t: 'Alpha' }),
    job({ id: 'f', s: 'TX', d: '2026-11-18', t: 'Zeta' }),
    job({ id: 'g', s: 'WY', d: '2026-11-21', x: true }),
  ],
  'date',
);
const ids = (js: { id: string }[]) => js.map((j) => j.id);

describe('the posting index split by state', () => {
  const shards = shardIndex(open, codes);

  it('a state’s shard merged with the nationwide postings is exactly its part of the whole index, in order', () => {
    for (const code of codes)
      expect(ids(mergeNewestFirst(shards.byState.get(code)!, shards.nationwide)), code).toEqual(
        ids(filterJobs(open, { state: code })),
      );
    expect(ids(mergeNewestFirst(shards.byState.get('TX')!, shards.nationwide))).toEqual([
      'a',
      'c',
      'c2',
      'f',
    ]);
  });

  it('holds each posting once: nationwide ones only in the nationwide file, the others in each of their states', () => {
    expect(ids(shards.nationwide)).toEqual(['c', 'c2']);
    expect(ids(shards.byState.get('MA')!)).toEqual(['d', 'e']);
    expect(ids(shards.byState.get('NH')!)).toEqual(['e']);
    expect(ids(shards.byState.get('WY')!)).toEqual(['g']);
    for (const list of shards.byState.values())
      expect(list.some((j) => j.remote === 'US')).toBe(false);
  });

  it('carries the counts with no filter set: each state’s is the length of its list', () => {
    expect(shards.facets).toEqual(facetCounts(open, {}, codes));
    expect(shards.facets.state).toEqual({ MA: 4, NH: 3, NY: 3, TX: 4, VT: 3, WY: 3 });
    for (const code of codes)
      expect(shards.facets.state[code]).toBe(
        shards.byState.get(code)!.length + shards.nationwide.length,
      );
  });

  it('is served at a lower-case path per state', () => {
    expect(shardPath('TX')).toBe('/jobs/shards/tx.json');
    expect(shardPath('nationwide')).toBe('/jobs/shards/nationwide.json');
  });
});

describe('merging two newest-first lists', () => {
  it('keeps the board’s order (date, then title, then id) whichever list a posting comes from', () => {
    const a = [
      job({ id: 'x2', d: '2026-11-20', t: 'B' }),
      job({ id: 'x4', d: '2026-11-19', t: 'A' }),
    ];
    const b = [
      job({ id: 'x1', d: '2026-11-20', t: 'A' }),
      job({ id: 'x3', d: '2026-11-20', t: 'B' }),
      job({ id: 'x5', d: '2026-11-01' }),
    ];
    expect(ids(mergeNewestFirst(a, b))).toEqual(['x1', 'x2', 'x3', 'x4', 'x5']);
    expect(ids(mergeNewestFirst(b, a))).toEqual(['x1', 'x2', 'x3', 'x4', 'x5']);
    expect(ids(mergeNewestFirst([], b))).toEqual(ids(b));
  });
});
