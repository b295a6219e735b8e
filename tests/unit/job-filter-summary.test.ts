import { describe, expect, it } from 'vitest';
import { filterSummary } from '#src/lib/jobs/filter-summary.ts';

describe('the collapsed filter box summary', () => {
  it('names every active filter in words, and says when none is on', () => {
    expect(filterSummary({})).toBe('Filter (none on)');
    expect(
      filterSummary({
        q: ' nurse ',
        state: 'TX',
        setting: 'hospital',
        minPay: 60000,
        remote: 'onsite',
        license: 'LCSW',
      }),
    ).toBe('Filter (6 on: “nurse”, Texas, Hospital, $60,000 or more, On-site only, License: LCSW)');
    expect(filterSummary({ license: 'none' })).toBe('Filter (1 on: No license required)');
  });
});
