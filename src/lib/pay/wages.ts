import type { WageRow } from '#src/schemas/wage-table.ts';

/** The wage statistics OEWS publishes, lowest percentile first. */
export const PERCENTILES = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
export type Statistic = (typeof PERCENTILES)[number] | 'mean';

/** Plain names for the OEWS wage statistics. */
export const STATISTIC_LABEL: Record<Statistic, string> = {
  mean: 'mean',
  p10: '10th percentile',
  p25: '25th percentile',
  median: 'median',
  p75: '75th percentile',
  p90: '90th percentile',
};

/** A statistic's label as a heading: "10th percentile", "Median", "Mean". */
export const statisticHeading = (s: Statistic): string =>
  STATISTIC_LABEL[s].charAt(0).toUpperCase() + STATISTIC_LABEL[s].slice(1);

/** OEWS turns annual wages into hourly ones by dividing by 2,080 hours (52 weeks of 40 hours). */
export const HOURS_PER_YEAR = 2080;
export const toHourly = (annual: number): number =>
  Math.round((annual / HOURS_PER_YEAR) * 100) / 100;

/** "May 2025" -> 2025, for ordering releases. */
export const periodYear = (period: string): number => Number(period.replace(/^May /, ''));

/** Tables of one scope, newest release first. */
export function newestFirst<T extends { data: { scope: string; period: string } }>(
  tables: T[],
  scope: 'national' | 'state',
): T[] {
  return tables
    .filter((t) => t.data.scope === scope)
    .sort((a, b) => periodYear(b.data.period) - periodYear(a.data.period));
}

/**
 * Tables of one scope, newest release first, for pages that cannot be built without one: the first
 * is always there (the type says so), and an empty content/wages/ gets an error saying what to add.
 */
export function newestReleases<T extends { data: { scope: string; period: string } }>(
  tables: T[],
  scope: 'national' | 'state',
): [T, ...T[]] {
  const [newest, ...older] = newestFirst(tables, scope);
  if (!newest)
    throw new Error(
      `content/wages/: no table with scope: ${scope}. Add the OEWS ${scope} release (see src/schemas/wage-table.ts).`,
    );
  return [newest, ...older];
}

/** One occupation's row in one area of a table, or undefined. */
export const rowFor = (rows: WageRow[], soc: string, area = 'US'): WageRow | undefined =>
  rows.find((r) => r.soc === soc && r.area === area);

/** Percent change from one value to another, one decimal. */
export const percentChange = (from: number, to: number): number =>
  Math.round(((to - from) / from) * 1000) / 10;
