import { newestFirst } from '#src/lib/pay/wages.ts';
import type { WageRow } from '#src/schemas/wage-table.ts';

/**
 * The OEWS occupation a posting's pay is best compared with: registered nurses when the job asks for
 * an RN license; otherwise the social work occupation for its setting (mental health and substance use,
 * child and family, or healthcare social workers for hospital, health plan, home health and the rest).
 */
export function comparisonSoc(job: { licenseRequired: string[]; setting: string }): string {
  if (job.licenseRequired.some((l) => /^(RN|BSN)$/i.test(l.trim()))) return '29-1141';
  if (job.setting === 'behavioral-health') return '21-1023';
  if (job.setting === 'child-family') return '21-1021';
  return '21-1022';
}

/** A wage table as the comparison needs it: a content entry, or a parsed content/wages/ file under `data`. */
export interface ComparisonTable {
  data: { scope: string; period: string; rows: WageRow[] };
}

/** The figure a posting's pay is compared with, and why it is national when the job has a state. */
export interface ComparisonFigure<T extends ComparisonTable = ComparisonTable> {
  table: T;
  row: WageRow;
  /** "US" or the state's postal code. */
  area: string;
  /** The median where published, else the mean. */
  stat: 'median' | 'mean';
  /** For a job in a state shown the national figure: whether the newest state table has the row without any pay. */
  stateNotPublished: boolean;
}

/**
 * The official pay for the job's comparable occupation where the job is: the newest state table that has a median or
 * mean for it, else (a remote job, or a state with no published pay) the newest national table that has one.
 */
export function comparisonFigure<T extends ComparisonTable>(
  tables: T[],
  job: { licenseRequired: string[]; setting: string; location?: { state: string } | undefined },
): ComparisonFigure<T> | undefined {
  const soc = comparisonSoc(job);
  const find = (area: string) => {
    for (const table of newestFirst(tables, area === 'US' ? 'national' : 'state')) {
      const row = table.data.rows.find(
        (r) => r.area === area && r.soc === soc && (r.median !== undefined || r.mean !== undefined),
      );
      if (row) return { table, row, area };
    }
    return undefined;
  };
  const hit = (job.location && find(job.location.state)) || find('US');
  if (!hit) return undefined;
  const state = job.location?.state;
  const stateNotPublished = Boolean(
    state &&
    hit.area === 'US' &&
    newestFirst(tables, 'state')[0]?.data.rows.some(
      (r) => r.area === state && r.soc === soc && r.notPublished !== undefined,
    ),
  );
  return { ...hit, stat: hit.row.median !== undefined ? 'median' : 'mean', stateNotPublished };
}
