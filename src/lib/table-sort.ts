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

/** The sort value a cell's text implies: "3,000" and "$62,000" are numbers, other text sorts as itself. */
export function textSortValue(text: string): SortValue {
  const t = text.trim();
  if (/^\$?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return Number(t.replace(/[$,]/g, ''));
  return t === '' ? null : t;
}

/**
 * The data-sort attribute a cell needs: none when its text already implies the same value (which keeps
 * the 51-row table light), else the value itself ("" for a cell that sorts last, such as "Not yet verified").
 */
export function sortAttribute(
  text: string,
  sort: string | number | null | undefined,
): string | undefined {
  const raw = sort === null || sort === undefined ? '' : String(sort);
  return parseSortValue(raw) === textSortValue(text) ? undefined : raw;
}

/** A rendered cell's sort value: its data-sort attribute when it has one, else what its text implies. */
export const cellSortValue = (attribute: string | null | undefined, text: string): SortValue =>
  attribute === null || attribute === undefined ? textSortValue(text) : parseSortValue(attribute);

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
