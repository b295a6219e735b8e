import type { WageRow, WageStat } from '#src/schemas/wage-table.ts';

/** What a table cell shows for a statistic: the figure, or why there is none. */
export type Cell =
  | { kind: 'value'; value: number }
  | { kind: 'top-coded' }
  | { kind: 'not-published' }
  | { kind: 'not-carried' };

/**
 * A row's statistic as a cell. A figure BLS did not publish (or the row is missing altogether) reads "not published";
 * a statistic the copy we read lacks for every row (the table's notCarried) reads "not in our copy".
 */
export function cellOf(row: WageRow | undefined, stat: WageStat, notCarried: string[] = []): Cell {
  const v = row?.[stat];
  if (typeof v === 'number') return { kind: 'value', value: v };
  if (notCarried.includes(stat)) return { kind: 'not-carried' };
  if (row?.notPublished?.[stat] === '#') return { kind: 'top-coded' };
  return { kind: 'not-published' };
}

/** The words a cell shows when it has no figure. */
export const CELL_TEXT = {
  'not-published': 'not published',
  'not-carried': 'not in our copy',
  'top-coded': 'at or above the top code',
} as const;

/**
 * Pay adjusted for price levels: the official figure divided by the area's Regional Price Parity over 100,
 * rounded to the nearest $10 as OEWS rounds annual wages. Undefined without both numbers.
 */
export function priceAdjusted(value: number | undefined, index: number | undefined) {
  if (value === undefined || index === undefined) return undefined;
  return Math.round((value * 100) / index / 10) * 10;
}

/** The same for an hourly figure, rounded to the cent. */
export function priceAdjustedHourly(value: number | undefined, index: number | undefined) {
  if (value === undefined || index === undefined) return undefined;
  return Math.round((value * 100 * 100) / index) / 100;
}

/**
 * Where an area stands among the states (and DC) for one occupation's statistic: 1 is highest.
 * Ties share a rank. Undefined when the area has no figure; `of` counts the areas that have one.
 */
export function stateRank(
  rows: WageRow[],
  soc: string,
  area: string,
  stat: WageStat = 'median',
): { rank: number; of: number } | undefined {
  const values = rows
    .filter((r) => r.soc === soc && r.area !== 'US' && typeof r[stat] === 'number')
    .map((r) => ({ area: r.area, value: r[stat] as number }));
  const mine = values.find((v) => v.area === area);
  if (!mine) return undefined;
  return { rank: 1 + values.filter((v) => v.value > mine.value).length, of: values.length };
}

/** 1 -> "1st", 2 -> "2nd", 13 -> "13th", 22 -> "22nd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? 'th'}`;
}
