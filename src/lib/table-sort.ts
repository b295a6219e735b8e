/** A cell's sortable value: numbers sort as numbers, text alphabetically, and empty (unverified) cells always last. */
export type SortValue = number | string | null;

/** Compare two cell values for the given direction; null sorts last in both directions. */
export function compareCells(
  a: SortValue,
  b: SortValue,
  direction: 'ascending' | 'descending',
): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  const sign = direction === 'ascending' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  return sign * String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

/** Read a cell's data-sort attribute: a number when it looks like one, null when empty. */
export function parseSortValue(raw: string | null | undefined): SortValue {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : raw;
}

/** Fold text for matching: lower case, accents removed, whitespace collapsed. */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Whether a row's text matches every word of the query, in any order. */
export function matchesQuery(text: string, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  const hay = fold(text);
  return words.every((w) => hay.includes(w));
}
