import type { WageRow, WageStat } from '#src/schemas/wage-table.ts';
import { WAGE_STATS } from '#src/schemas/wage-table.ts';
import { priceAdjusted } from './state-pay.ts';

/** A source as the downloads describe it. */
export interface DatasetSource {
  id: string;
  publisher: string;
  title: string;
  url?: string | undefined;
  period: string;
  retrieved: string;
  note?: string | undefined;
}

export interface WageTableIn {
  period: string;
  scope: 'national' | 'state';
  source: DatasetSource;
  note?: string | undefined;
  notCarried?: WageStat[] | undefined;
  rows: WageRow[];
}

export interface ParitiesIn {
  year: number;
  source: DatasetSource;
  rows: { area: string; index: number }[];
}

/** One flat row of the wages download: a table row with its release, source and the price-level view. */
export type WageCsvRow = Record<string, string | number | undefined>;

/** The columns of /data/wages.csv, in order. */
export const WAGE_CSV_COLUMNS = [
  'period',
  'scope',
  'area',
  'soc',
  'title',
  ...WAGE_STATS,
  'notPublished',
  'notInCopy',
  'priceLevelIndex',
  'medianAdjustedForPriceLevels',
  'source',
  'sourceUrl',
  'priceLevelSource',
] as const;

/**
 * Every wage row of every table, flat, for the CSV download. A statistic BLS did not publish is an empty cell, and
 * notPublished lists it with BLS's mark ("employment:**"); notInCopy lists the statistics the copy we read lacks.
 * State rows carry the state's price level and the median adjusted for it, beside (never instead of) the official median.
 */
export function wageCsvRows(tables: WageTableIn[], parities?: ParitiesIn): WageCsvRow[] {
  const index = new Map(parities?.rows.map((r) => [r.area, r.index]));
  return tables.flatMap((t) =>
    t.rows.map((r) => {
      const i = t.scope === 'state' ? index.get(r.area) : undefined;
      const out: WageCsvRow = {
        period: t.period,
        scope: t.scope,
        area: r.area,
        soc: r.soc,
        title: r.title,
        notPublished: Object.entries(r.notPublished ?? {})
          .map(([k, v]) => `${k}:${v}`)
          .join('; '),
        notInCopy: (t.notCarried ?? []).join('; '),
        priceLevelIndex: i,
        medianAdjustedForPriceLevels: priceAdjusted(r.median, i),
        source: `${t.source.publisher}, ${t.source.title} (${t.source.period})`,
        sourceUrl: t.source.url,
        priceLevelSource:
          i === undefined || !parities
            ? undefined
            : `${parities.source.publisher}, ${parities.source.title} (${parities.source.period})`,
      };
      for (const s of WAGE_STATS) out[s] = r[s];
      return out;
    }),
  );
}

/** The wages download as JSON: each table with its source in full, and the price parities used beside them. */
export function wageJson(tables: WageTableIn[], parities: ParitiesIn | undefined, site: string) {
  return {
    title: 'Official pay for the occupations clinical case managers are counted in',
    site,
    notes: [
      'Annual figures in dollars a year, hourly figures in dollars an hour, employment in jobs, as BLS publishes them.',
      'A statistic missing from a row and listed in notPublished was not published (BLS marks: * wage not available, ** employment not available, # at or above the top code; absent = left out of the copy we read).',
      'A statistic in a table’s notCarried is missing from the copy we read for every row.',
      'Price-level adjustment (BEA Regional Price Parities) is a second view beside the official figure: the figure divided by the state index over 100, rounded to $10.',
    ],
    tables,
    priceParities: parities,
  };
}

export interface ProjectionIn {
  group: string;
  label: string;
  soc?: string | undefined;
  baseYear: number;
  targetYear: number;
  percentChange: number;
  employmentBase?: number | undefined;
  employmentTarget?: number | undefined;
  changeNumeric?: number | undefined;
  openingsPerYear?: number | undefined;
  typicalEducation?: string | undefined;
  workExperience?: string | undefined;
  onTheJobTraining?: string | undefined;
  source: DatasetSource;
}

/** The columns of /data/projections.csv, in order. */
export const PROJECTION_CSV_COLUMNS = [
  'group',
  'period',
  'soc',
  'label',
  'employmentBase',
  'employmentTarget',
  'changeNumeric',
  'percentChange',
  'openingsPerYear',
  'typicalEducation',
  'workExperience',
  'onTheJobTraining',
  'source',
  'sourceUrl',
] as const;

/** Projections flat for the CSV download, each with its period ("2024–2034") and source. */
export function projectionCsvRows(rows: ProjectionIn[]) {
  return rows.map((p) => ({
    group: p.group,
    period: `${p.baseYear}–${p.targetYear}`,
    soc: p.soc,
    label: p.label,
    employmentBase: p.employmentBase,
    employmentTarget: p.employmentTarget,
    changeNumeric: p.changeNumeric,
    percentChange: p.percentChange,
    openingsPerYear: p.openingsPerYear,
    typicalEducation: p.typicalEducation,
    workExperience: p.workExperience,
    onTheJobTraining: p.onTheJobTraining,
    source: `${p.source.publisher}, ${p.source.title} (${p.source.period})`,
    sourceUrl: p.source.url,
  }));
}

/** A table of state long-term projections as the downloads describe it. */
export interface StateProjectionTableIn {
  baseYear: number;
  targetYear: number;
  source: DatasetSource;
  note?: string | undefined;
  rows: {
    area: string;
    soc: string;
    title: string;
    employmentBase: number;
    employmentTarget: number;
    changeNumeric: number;
    percentChange: number;
    openingsPerYear: number;
  }[];
}

/** The columns of /data/state-projections.csv, in order. */
export const STATE_PROJECTION_CSV_COLUMNS = [
  'period',
  'area',
  'soc',
  'title',
  'employmentBase',
  'employmentTarget',
  'changeNumeric',
  'percentChange',
  'openingsPerYear',
  'source',
  'sourceUrl',
] as const;

/** State projections flat for the CSV download, each row with its period ("2024–2034") and source. */
export function stateProjectionCsvRows(tables: StateProjectionTableIn[]) {
  return tables.flatMap((t) =>
    t.rows.map((r) => ({
      period: `${t.baseYear}–${t.targetYear}`,
      ...r,
      source: `${t.source.publisher}, ${t.source.title} (${t.source.period})`,
      sourceUrl: t.source.url,
    })),
  );
}
