import Papa from 'papaparse';
import type { WageRow, WageStat } from '#src/schemas/wage-table.ts';

/** The columns a BLS OEWS download file must have for us to read it. */
export const REQUIRED_COLUMNS = ['OCC_CODE', 'OCC_TITLE'] as const;
export const STAT_COLUMNS: Record<WageStat, string> = {
  employment: 'TOT_EMP',
  mean: 'A_MEAN',
  p10: 'A_PCT10',
  p25: 'A_PCT25',
  median: 'A_MEDIAN',
  p75: 'A_PCT75',
  p90: 'A_PCT90',
  hourlyMean: 'H_MEAN',
  hourlyP10: 'H_PCT10',
  hourlyP25: 'H_PCT25',
  hourlyMedian: 'H_MEDIAN',
  hourlyP75: 'H_PCT75',
  hourlyP90: 'H_PCT90',
};
type Stat = WageStat;

/** A problem with one row of the file, reported and skipped; the good rows still count. */
export interface RowProblem {
  line: number;
  message: string;
}

export interface OewsParse {
  rows: WageRow[];
  problems: RowProblem[];
  /** Statistics the file has no column for at all (a state extract may carry only means). */
  missingColumns: Stat[];
}

/**
 * Parse a BLS OEWS download saved as CSV (comma, semicolon or tab separated; numbers may have thousands separators).
 * Keeps rows for the given SOC codes. BLS marks a figure it does not publish with "*" or "**" and a wage at or above
 * its top code with "#": the figure is left out of the row (never guessed), its mark kept in notPublished, and reported.
 * Throws, naming the file and the missing column, when the file is not an OEWS table at all.
 */
export function parseOewsCsv(
  text: string,
  file: string,
  socs: string[],
  stateCodes: Map<string, string>,
): OewsParse {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toUpperCase(),
  });
  return parseOewsRecords(parsed.data, parsed.meta.fields ?? [], file, socs, stateCodes);
}

/**
 * Parse an OEWS table from any file format: a grid of cells whose header row (the first row with an OCC_CODE cell) names
 * the columns, in whatever order. Used for the .xlsx workbooks BLS publishes; rows above the header are ignored.
 */
export function parseOewsGrid(
  grid: string[][],
  file: string,
  socs: string[],
  stateCodes: Map<string, string>,
): OewsParse {
  const at = grid.findIndex((r) => r.some((c) => c.trim().toUpperCase() === 'OCC_CODE'));
  const header = (grid[Math.max(at, 0)] ?? []).map((h) => h.trim().toUpperCase());
  const records = grid
    .slice(at + 1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  return parseOewsRecords(records, at < 0 ? [] : header, file, socs, stateCodes, at + 2);
}

/** The shared part: records keyed by upper-case column name. `firstLine` is the file line of records[0]. */
export function parseOewsRecords(
  data: Record<string, string>[],
  columns: string[],
  file: string,
  socs: string[],
  stateCodes: Map<string, string>,
  firstLine = 2,
): OewsParse {
  for (const c of REQUIRED_COLUMNS) {
    if (!columns.includes(c))
      throw new Error(
        `${file}: no ${c} column. Expected a BLS OEWS file with columns such as OCC_CODE, OCC_TITLE, TOT_EMP, A_MEAN, A_MEDIAN (found: ${columns.join(', ') || 'none'}).`,
      );
  }
  const hasArea = columns.includes('AREA_TITLE') || columns.includes('PRIM_STATE');
  const missingColumns = (Object.keys(STAT_COLUMNS) as Stat[]).filter(
    (k) => !columns.includes(STAT_COLUMNS[k]),
  );
  if (missingColumns.length === Object.keys(STAT_COLUMNS).length) {
    throw new Error(
      `${file}: none of the wage columns (${Object.values(STAT_COLUMNS).join(', ')}) is present.`,
    );
  }
  const rows: WageRow[] = [];
  const problems: RowProblem[] = [];
  data.forEach((rec, i) => {
    const line = i + firstLine;
    const soc = (rec.OCC_CODE ?? '').trim();
    if (!socs.includes(soc)) return;
    // Keep cross-industry, all-ownership rows only, where the file says so.
    if (rec.I_GROUP && rec.I_GROUP.trim() !== 'cross-industry') return;
    const area = areaCode(rec, hasArea, stateCodes);
    if (!area) {
      problems.push({
        line,
        message: `unknown area "${rec.AREA_TITLE ?? rec.PRIM_STATE ?? ''}" for ${soc}`,
      });
      return;
    }
    const row: WageRow = { area, soc, title: (rec.OCC_TITLE ?? '').trim() };
    for (const stat of Object.keys(STAT_COLUMNS) as Stat[]) {
      const raw = rec[STAT_COLUMNS[stat]];
      if (raw === undefined) continue;
      const value = parseFigure(raw);
      if (value === 'suppressed' || value === 'top-coded')
        (row.notPublished ??= {})[stat] = raw.trim() as '*' | '**' | '#';
      if (value === 'suppressed')
        problems.push({
          line,
          message: `${soc} ${area}: ${STAT_COLUMNS[stat]} not published ("${raw.trim()}"), left out`,
        });
      else if (value === 'top-coded')
        problems.push({
          line,
          message: `${soc} ${area}: ${STAT_COLUMNS[stat]} is at or above BLS's top code ("#"), left out`,
        });
      else if (value === 'invalid')
        problems.push({
          line,
          message: `${soc} ${area}: ${STAT_COLUMNS[stat]} is not a number ("${raw}"), left out`,
        });
      else if (value !== null) row[stat] = value;
    }
    if (rows.some((r) => r.area === row.area && r.soc === row.soc)) {
      problems.push({ line, message: `${soc} ${area}: duplicate row, the first one is kept` });
      return;
    }
    rows.push(row);
  });
  return { rows, problems, missingColumns };
}

/** A figure from an OEWS cell: a number, a BLS marker, or nothing. */
export function parseFigure(raw: string): number | null | 'suppressed' | 'top-coded' | 'invalid' {
  const s = raw.trim();
  if (s === '') return null;
  if (/^\*+$/.test(s)) return 'suppressed';
  if (s === '#') return 'top-coded';
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) && n > 0 ? n : 'invalid';
}

function areaCode(
  rec: Record<string, string>,
  hasArea: boolean,
  stateCodes: Map<string, string>,
): string | undefined {
  if (!hasArea) return 'US';
  const title = (rec.AREA_TITLE ?? '').trim();
  if (title === 'U.S.' || rec.PRIM_STATE?.trim() === 'US') return 'US';
  if (
    rec.PRIM_STATE &&
    /^[A-Z]{2}$/.test(rec.PRIM_STATE.trim()) &&
    (rec.AREA_TYPE ?? '2').trim() === '2'
  )
    return rec.PRIM_STATE.trim();
  return stateCodes.get(title);
}

/** A figure as the change list prints it: the number, BLS's mark for a figure not published, or "—". */
const shown = (r: WageRow, stat: Stat): string =>
  String(r[stat] ?? (r.notPublished?.[stat] ? `not published (${r.notPublished[stat]})` : '—'));

/** What changed between two versions of a table, one line per changed figure, for the refresh script to print. */
export function describeChanges(before: WageRow[], after: WageRow[]): string[] {
  const key = (r: WageRow) => `${r.soc} ${r.area}`;
  const old = new Map(before.map((r) => [key(r), r]));
  const lines: string[] = [];
  for (const r of after) {
    const o = old.get(key(r));
    if (!o) {
      lines.push(`+ ${key(r)} (new)`);
      continue;
    }
    for (const stat of Object.keys(STAT_COLUMNS) as Stat[]) {
      if (o[stat] !== r[stat] || o.notPublished?.[stat] !== r.notPublished?.[stat])
        lines.push(`~ ${key(r)} ${stat}: ${shown(o, stat)} -> ${shown(r, stat)}`);
    }
    old.delete(key(r));
  }
  for (const k of old.keys()) lines.push(`- ${k} (no longer in the file)`);
  return lines;
}
