const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** 728600 -> "728,600". */
export const formatCount = (n: number): string => whole.format(n);

/** 43810 -> "$43,810". */
export const formatDollars = (n: number): string => dollars.format(n);

/** A fee as the board states it: 150 -> "$150", 238.5 -> "$238.50" (cents only where there are any). */
export const formatFee = (n: number): string =>
  Number.isInteger(n) ? dollars.format(n) : cents.format(n);

/** 29.7 -> "$29.70": dollars and cents, for hourly pay. */
export const formatCents = (n: number): string => cents.format(n);

/** 9.6 -> "9.6%", 7 -> "7%", -2 -> "-2%". */
export const formatPercent = (n: number): string => `${oneDecimal.format(n)}%`;

/** A date as "November 23, 2026", read in UTC so the build's time zone cannot shift the day. */
export const formatDate = (d: Date): string => longDate.format(d);

/** A date as "2026-11-23" for <time datetime>. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** 2022, 2032 -> "2022–32"; 2098, 2102 -> "2098–2102". */
export function yearSpan(from: number, to: number): string {
  const sameCentury = Math.floor(from / 100) === Math.floor(to / 100);
  return `${from}–${sameCentury ? String(to).slice(2) : to}`;
}

/** The period that ends the text as a sentence: none when it already ends in one (or in ? or !). */
export const periodAfter = (s: string): string => (/[.?!]["”’)]?$/.test(s.trim()) ? '' : '.');

/** The text as a sentence: a period added unless it already ends in one (or in ? or !). */
export const asSentence = (s: string): string => `${s.trim()}${periodAfter(s)}`;
