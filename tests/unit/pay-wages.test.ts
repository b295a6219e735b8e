import { describe, expect, it } from 'vitest';
import { newestFirst, newestReleases, statisticHeading } from '#src/lib/pay/wages.ts';

const table = (scope: string, period: string) => ({ data: { scope, period } });

describe('wage tables by release', () => {
  const tables = [
    table('national', 'May 2023'),
    table('state', 'May 2024'),
    table('national', 'May 2025'),
    table('national', 'May 2024'),
  ];

  it('put the newest release of a scope first', () => {
    expect(newestFirst(tables, 'national').map((t) => t.data.period)).toEqual([
      'May 2025',
      'May 2024',
      'May 2023',
    ]);
    const [latest, previous] = newestReleases(tables, 'national');
    expect([latest.data.period, previous?.data.period]).toEqual(['May 2025', 'May 2024']);
  });

  it('say which table to add when a page needs a scope that has none', () => {
    expect(() => newestReleases([table('national', 'May 2025')], 'state')).toThrow(
      /content\/wages\/: no table with scope: state\. Add the OEWS state release/,
    );
  });
});

describe('statistic headings', () => {
  it('capitalize the first letter of the label', () => {
    expect((['p10', 'median', 'mean'] as const).map(statisticHeading)).toEqual([
      '10th percentile',
      'Median',
      'Mean',
    ]);
  });
});
