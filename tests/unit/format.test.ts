import { describe, expect, it } from 'vitest';
import {
  asSentence,
  formatCount,
  formatDate,
  formatCents,
  formatDollars,
  formatFee,
  formatPercent,
  isoDate,
  yearSpan,
} from '#src/lib/text/format.ts';

describe('number and date formatting', () => {
  it('groups thousands in counts', () => expect(formatCount(728600)).toBe('728,600'));
  it('formats whole dollars', () => expect(formatDollars(43810)).toBe('$43,810'));
  it('shows the cents of a fee only when it has some', () => {
    expect(formatFee(150)).toBe('$150');
    expect(formatFee(238.5)).toBe('$238.50');
    expect(formatFee(1234.25)).toBe('$1,234.25');
  });
  it('formats hourly pay in dollars and cents', () => {
    expect(formatCents(29.7)).toBe('$29.70');
    expect(formatCents(1234.5)).toBe('$1,234.50');
  });
  it('keeps one decimal in percentages only when there is one', () => {
    expect(formatPercent(9.6)).toBe('9.6%');
    expect(formatPercent(7)).toBe('7%');
  });
  it('reads dates in UTC so the day never shifts', () => {
    const d = new Date('2026-11-23T00:00:00Z');
    expect(formatDate(d)).toBe('November 23, 2026');
    expect(isoDate(d)).toBe('2026-11-23');
  });
  it('shortens a decade span within one century and not across two', () => {
    expect(yearSpan(2022, 2032)).toBe('2022–32');
    expect(yearSpan(2095, 2105)).toBe('2095–2105');
  });
});

describe('a sentence', () => {
  it('gets a period only when it does not already end in one', () => {
    expect(asSentence('Current rule, undated')).toBe('Current rule, undated.');
    expect(asSentence('License -- Issuance.')).toBe('License -- Issuance.');
    expect(asSentence('Marked "Latest version."')).toBe('Marked "Latest version."');
    expect(asSentence('Is it current? ')).toBe('Is it current?');
  });
});
