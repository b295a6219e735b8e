import type { StateProjectionRow } from '#src/schemas/state-projection.ts';

/** The fields every row of a Projections Central long-term response carries that the parse needs. */
export const PC_FIELDS = [
  'Area',
  'OccCode',
  'Title',
  'Base',
  'Projected',
  'Change',
  'PercentChange',
  'AvgAnnualOpenings',
  'BaseYear',
  'ProjYear',
] as const;

export interface ProjectionsCentralParse {
  baseYear: number;
  targetYear: number;
  rows: StateProjectionRow[];
  /** Rows left out and why (the national row, an area that is not a state, a figure that is not a number). */
  problems: string[];
}

const int = (s: string) => (/^-?\d+$/.test(s) ? Number(s) : undefined);
const decimal = (s: string) => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : undefined);

/**
 * Parse a response of Projections Central's long-term JSON service (LongTermRestJson: all states for one occupation, or
 * every occupation for one state) into state projection rows for the given occupations. The United States row, which
 * the service files among the states (STFIPS "0"), is left out by name: a national figure is never a state's. Areas
 * that are not one of our states (Guam, Puerto Rico, the Virgin Islands) are left out and reported, and so is a row whose
 * figure is blank or not a number (never read as zero). Throws, naming the file, when the response is not this service's
 * layout, covers more than one page, or mixes projection periods.
 */
export function parseProjectionsCentral(
  text: string,
  file: string,
  socs: string[],
  stateCodes: Map<string, string>,
): ProjectionsCentralParse {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`, { cause: e });
  }
  const rows = (doc as { rows?: unknown }).rows;
  if (!Array.isArray(rows))
    throw new Error(
      `${file}: no "rows" array. Expected a Projections Central long-term response (Projections/LongTermRestJson).`,
    );
  const pager = (doc as { pager?: { total_pages?: unknown } }).pager;
  if (pager && Number(pager.total_pages) > 1)
    throw new Error(
      `${file}: the response is page 1 of ${String(pager.total_pages)}; fetch it with items_per_page=1000 so no row is missed.`,
    );
  const out: StateProjectionRow[] = [];
  const problems: string[] = [];
  const periods = new Set<string>();
  rows.forEach((raw: Record<string, unknown>, i) => {
    const missing = PC_FIELDS.filter((f) => typeof raw?.[f] !== 'string');
    if (missing.length)
      throw new Error(
        `${file}: row ${i + 1} has no ${missing.join(', ')} (expected the fields ${PC_FIELDS.join(', ')}).`,
      );
    const r = raw as Record<(typeof PC_FIELDS)[number] | 'STFIPS', string>;
    const soc = r.OccCode.trim();
    if (!socs.includes(soc)) return;
    periods.add(`${r.BaseYear.trim()}-${r.ProjYear.trim()}`);
    const area = r.Area.trim();
    if (r.STFIPS?.trim() === '0' || area === 'United States') {
      problems.push(
        `${soc} ${area}: the national row, left out (a national figure is never shown as a state's)`,
      );
      return;
    }
    const code = stateCodes.get(area);
    if (!code) {
      problems.push(`${soc} ${area}: not one of the 50 states or DC, left out`);
      return;
    }
    const figures = {
      employmentBase: int(r.Base.trim()),
      employmentTarget: int(r.Projected.trim()),
      changeNumeric: int(r.Change.trim()),
      percentChange: decimal(r.PercentChange.trim()),
      openingsPerYear: int(r.AvgAnnualOpenings.trim()),
    };
    const bad = Object.entries(figures).filter(([, v]) => v === undefined);
    if (bad.length) {
      problems.push(
        `${soc} ${code}: ${bad.map(([k]) => k).join(', ')} not a number (not published?), row left out`,
      );
      return;
    }
    out.push({
      area: code,
      soc,
      title: r.Title.trim(),
      ...(figures as Record<string, number>),
    } as StateProjectionRow);
  });
  if (periods.size > 1)
    throw new Error(
      `${file}: rows from more than one period (${[...periods].join(', ')}); read one at a time.`,
    );
  const [period] = periods;
  if (!period) throw new Error(`${file}: no row for ${socs.join(', ')}.`);
  const [baseYear, targetYear] = period.split('-').map(Number) as [number, number];
  return { baseYear, targetYear, rows: out, problems };
}
