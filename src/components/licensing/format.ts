import { formatCount } from '#src/lib/text/format.ts';

/** How state-page numbers read in a sentence. */
export const hoursText = (n: number) => `${formatCount(n)} hours`;
export const monthsText = (n: number) =>
  n % 12 === 0 ? `${n / 12} year${n === 12 ? '' : 's'} (${n} months)` : `${n} months`;
export const yearsText = (n: number) => `every ${n === 1 ? 'year' : `${n} years`}`;
export const examsText = (v: string[]) => v.join(' and ');
