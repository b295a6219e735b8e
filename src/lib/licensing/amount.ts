import { formatCount } from '../text/format';
import type { Amount } from './sourced';

/** How an amount reads in a table cell, with the value to sort by ('' sorts as empty). */
export interface AmountCell {
  text: string;
  sort: string;
  /** The source behind it, or null when it is not yet verified. */
  source: string | null;
}

/**
 * A rule stated in years, in words: "2 years of full-time experience", or "2 years of experience" when
 * the rule does not say full time (`fullTime: false`). `noun` names what the years are of.
 */
export function yearsText(
  f: { years: number; fullTime?: false | undefined },
  noun = 'experience',
): string {
  return `${f.years} years of ${f.fullTime === false ? '' : 'full-time '}${noun}`;
}

/**
 * One amount (hours or months) as a comparison-table cell: the number, "3 yrs (no hour total)",
 * a rate in words, "None set", or "Not yet verified". Never a guess.
 */
export function amountCell(f: Amount | undefined, unit: 'hours' | 'months'): AmountCell {
  if (!f) return { text: '—', sort: '', source: null };
  if ('unverified' in f) return { text: 'Not yet verified', sort: '', source: null };
  const source = f.source.id;
  if ('value' in f) return { text: formatCount(f.value), sort: String(f.value), source };
  if ('years' in f)
    return {
      text: `${f.years} years${f.fullTime === false ? '' : ' full-time'} (no ${unit === 'hours' ? 'hour' : 'month'} total)`,
      sort: '',
      source,
    };
  if ('rate' in f) return { text: f.rate, sort: '', source };
  return { text: 'None set', sort: '0', source };
}
