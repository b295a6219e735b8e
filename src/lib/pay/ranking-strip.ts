import type { WageRow } from '#src/schemas/wage-table.ts';

/** One area's published median for an occupation. */
export interface AreaMedian {
  area: string;
  value: number;
}

/** Every state's (and DC's) published median for an occupation, highest first; the U.S. row and missing medians left out. */
export function statesByMedian(rows: WageRow[], soc: string): AreaMedian[] {
  return rows
    .filter((r) => r.soc === soc && r.area !== 'US' && typeof r.median === 'number')
    .map((r) => ({ area: r.area, value: r.median as number }))
    .sort((a, b) => b.value - a.value || a.area.localeCompare(b.area));
}

/** The highest and lowest state medians for an occupation (ties: the first state by code), or undefined with none. */
export function medianExtremes(
  rows: WageRow[],
  soc: string,
): { highest: AreaMedian; lowest: AreaMedian } | undefined {
  const ranked = statesByMedian(rows, soc);
  const highest = ranked[0];
  const lowest = ranked.find((r) => r.value === ranked.at(-1)?.value);
  return highest && lowest ? { highest, lowest } : undefined;
}

/** A chart's dollar axis: from the lowest to the highest value, widened to whole steps (default $10,000). */
export function dollarAxis(values: number[], step = 10_000): { min: number; max: number } {
  if (!values.length) throw new Error('dollarAxis: no values to scale');
  const min = Math.floor(Math.min(...values) / step) * step;
  const max = Math.ceil(Math.max(...values) / step) * step;
  return { min, max: max === min ? min + step : max };
}

/** Where a value falls on an axis drawn `width` units wide, in whole units, clamped to the axis. */
export function xOf(value: number, axis: { min: number; max: number }, width: number): number {
  const x = Math.round(((value - axis.min) / (axis.max - axis.min)) * width);
  return Math.min(width, Math.max(0, x));
}

/** An SVG path of vertical ticks, one per x, from y `top` down `height` units: "M12 14v10M40 14v10". */
export const tickPath = (xs: number[], top: number, height: number): string =>
  xs.map((x) => `M${x} ${top}v${height}`).join('');
