import type { WageRow, WageStat } from '#src/schemas/wage-table.ts';
import { formatCents, formatDollars } from '#src/lib/text/format.ts';
import { PAY_PERIODS, type PayPeriod } from '#src/schemas/vocabulary/pay.ts';
import { PERCENTILES, statisticHeading, toHourly, type Statistic } from './wages';

/** The period pay is shown for. */
export type Basis = PayPeriod;

/** The statistics shown in the percentile chart and table, in order. */
export const CHART_STATS: Statistic[] = [...PERCENTILES, 'mean'];

/** A row's value for a statistic on the chosen basis, or null when it was not published. */
export function valueOn(row: WageRow | undefined, stat: Statistic, basis: Basis): number | null {
  const v = row?.[stat];
  if (v === undefined) return null;
  return basis === 'year' ? v : toHourly(v);
}

/** Money as the chosen basis reads: "$61,780" a year, "$29.70" an hour. */
export function money(v: number | null, basis: Basis): string {
  if (v === null) return 'not published';
  return basis === 'year' ? formatDollars(v) : formatCents(v);
}

/** Chart labels for the statistics: "10th percentile", ..., "Mean". */
export const statLabels = (): string[] => CHART_STATS.map(statisticHeading);

/** A one-sentence summary of a distribution, used as the chart's accessible name. */
export function describeDistribution(
  title: string,
  period: string,
  row: WageRow | undefined,
  basis: Basis,
): string {
  const unit = PAY_PERIODS[basis].a;
  if (!row || row.median === undefined || row.p10 === undefined || row.p90 === undefined)
    return `${title}, ${period}: pay percentiles not published.`;
  return `${title}, ${period}: half earned more than ${money(valueOn(row, 'median', basis), basis)} ${unit}; the lowest-paid tenth earned less than ${money(valueOn(row, 'p10', basis), basis)} and the highest-paid tenth more than ${money(valueOn(row, 'p90', basis), basis)}.`;
}

/** States ranked by a statistic, highest first; states without the figure are left out. */
export function rankStates(
  rows: WageRow[],
  soc: string,
  stat: WageStat,
  names: Record<string, string>,
) {
  return rows
    .filter((r) => r.soc === soc && r.area !== 'US' && typeof r[stat] === 'number')
    .map((r) => ({ code: r.area, name: names[r.area] ?? r.area, value: r[stat] as number }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
}
