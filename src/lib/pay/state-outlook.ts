import type { StateProjectionRow } from '#src/schemas/state-projection.ts';

/** One occupation's line in a state's outlook: the state's projection if the table has one. */
export interface OutlookLine {
  soc: string;
  title: string;
  row: StateProjectionRow | undefined;
  /** The national percent change for the occupation over the same period, when known. */
  usPercent: number | undefined;
}

/**
 * A state's long-term projections for the given occupations, in their order, each with the national percent change
 * beside it; `missing` names the occupations the table has no row for in that state.
 */
export function stateOutlook(
  rows: StateProjectionRow[],
  state: string,
  occupations: { soc: string; title: string }[],
  national: Map<string, number>,
): { lines: OutlookLine[]; missing: { soc: string; title: string }[] } {
  const lines = occupations.map((o) => ({
    ...o,
    row: rows.find((r) => r.area === state && r.soc === o.soc),
    usPercent: national.get(o.soc),
  }));
  return {
    lines: lines.filter((l) => l.row),
    missing: lines.filter((l) => !l.row).map(({ soc, title }) => ({ soc, title })),
  };
}

/** A change in jobs with its sign: "+3,850", "-50", "0". */
export const signedCount = (n: number): string =>
  `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toLocaleString('en-US')}`;
