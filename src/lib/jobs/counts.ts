/**
 * Counts of postings in words that say what they count. Example postings (development and test builds
 * only) are never counted as open postings: they are named apart as examples.
 */
import { formatCount } from '../text/format.ts';

const plural = (n: number, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** Split a list into real postings and examples. */
export function splitExamples<T>(
  items: T[],
  isExample: (t: T) => boolean,
): { real: T[]; examples: T[] } {
  const real: T[] = [];
  const examples: T[] = [];
  for (const t of items) (isExample(t) ? examples : real).push(t);
  return { real, examples };
}

/** "12 open postings" / "1 open posting" / "no open postings". */
export const openPostings = (n: number): string =>
  n === 0 ? 'no open postings' : plural(n, 'open posting', 'open postings');

/**
 * The sentence that says what a list of examples is, or "" without any:
 * "The 3 postings labeled Example show how the board works; they are not real vacancies and are not counted."
 */
export function examplesNote(examples: number): string {
  if (examples === 0) return '';
  const which = examples === 1 ? 'The posting' : `The ${formatCount(examples)} postings`;
  return `${which} labeled Example ${examples === 1 ? 'shows' : 'show'} how the board works; ${examples === 1 ? 'it is not a real vacancy and is' : 'they are not real vacancies and are'} not counted.`;
}

/** The filter's status line: "Showing 10 of 12 open jobs." with examples named apart. */
export function filterStatus(shown: number, real: number, examples: number): string {
  if (real + examples === 0) return 'No open jobs match these filters. Try removing one.';
  const of =
    real === 0
      ? plural(examples, 'example posting', 'example postings')
      : `${plural(real, 'open job', 'open jobs')}${examples ? ` and ${plural(examples, 'example', 'examples')}` : ''}`;
  return `Showing ${formatCount(shown)} of ${of}.`;
}
