import { describe, expect, it } from 'vitest';
import { amountCell, yearsText } from '#src/lib/licensing/amount.ts';

const src = { source: { collection: 'sources' as const, id: 'x' } };

describe('experience stated in years', () => {
  it('says full time only when the rule does (Georgia: three years full time)', () => {
    expect(yearsText({ years: 3 })).toBe('3 years of full-time experience');
    expect(amountCell({ years: 3, ...src }, 'hours').text).toBe(
      '3 years full-time (no hour total)',
    );
  });
  it('leaves full time out when the rule does not say it (Alabama: "at least two years")', () => {
    expect(yearsText({ years: 2, fullTime: false })).toBe('2 years of experience');
    expect(yearsText({ years: 2, fullTime: false }, 'work')).toBe('2 years of work');
    expect(amountCell({ years: 2, fullTime: false, ...src }, 'hours').text).toBe(
      '2 years (no hour total)',
    );
  });
});
