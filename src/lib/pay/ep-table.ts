/**
 * Reading BLS Employment Projections Table 1.2 ("Occupational projections, 2024–34, and worker characteristics"),
 * the sheet of occupation.xlsx, from a grid of cells. Columns are found by their header text, so a reordered or
 * renamed-year table still reads; employment, change and openings are in thousands in the table and come out in jobs.
 */

/** One occupation's projection as the table gives it. */
export interface EpRow {
  soc: string;
  title: string;
  employmentBase?: number;
  employmentTarget?: number;
  changeNumeric?: number;
  percentChange?: number;
  openingsPerYear?: number;
  typicalEducation?: string;
  workExperience?: string;
  onTheJobTraining?: string;
}

export interface EpParse {
  baseYear: number;
  targetYear: number;
  rows: EpRow[];
  /** Cells that were not numbers where numbers belong, or "—" (not available), one line each. */
  problems: string[];
}

const UNAVAILABLE = /^[—–-]$/;

/** The column whose header matches, or -1. */
const col = (header: string[], re: RegExp) => header.findIndex((h) => re.test(h));

/**
 * Parse Table 1.2 from its grid, keeping the given occupation codes. Throws, naming the file and the column, when the
 * table lacks a column we need, so a changed layout is never read wrongly.
 */
export function parseEpTable(grid: string[][], file: string, socs: string[]): EpParse {
  const at = grid.findIndex((r) => r.some((c) => /matrix code/i.test(c)));
  const headerRow = grid[at];
  if (!headerRow)
    throw new Error(
      `${file}: no header row with a "National Employment Matrix code" column. Expected BLS EP Table 1.2 (occupation.xlsx, sheet "Table 1.2").`,
    );
  const header = headerRow.map((h) => h.replace(/\s+/g, ' ').trim());
  const years = header
    .map((h) => /^Employment, (\d{4})$/.exec(h)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number);
  if (years.length < 2)
    throw new Error(
      `${file}: expected two columns named "Employment, <year>" (found: ${header.join(' | ')}).`,
    );
  const [baseYear, targetYear] = [Math.min(...years), Math.max(...years)];
  const need = (name: string, re: RegExp) => {
    const i = col(header, re);
    if (i < 0) throw new Error(`${file}: no "${name}" column in Table 1.2's header.`);
    return i;
  };
  const c = {
    title: need('Matrix title', /matrix title/i),
    code: need('Matrix code', /matrix code/i),
    base: header.indexOf(`Employment, ${baseYear}`),
    target: header.indexOf(`Employment, ${targetYear}`),
    change: need('Employment change, numeric', /^Employment change, numeric/i),
    percent: need('Employment change, percent', /^Employment change, percent/i),
    openings: need('Occupational openings', /^Occupational openings/i),
    education: need('Typical education needed for entry', /^Typical education/i),
    experience: need('Work experience in a related occupation', /^Work experience/i),
    training: need('Typical on-the-job training', /on-the-job training/i),
  };
  const problems: string[] = [];
  const rows: EpRow[] = [];
  for (const [i, r] of grid.slice(at + 1).entries()) {
    const soc = (r[c.code] ?? '').trim();
    if (!socs.includes(soc)) continue;
    const line = at + 2 + i;
    const num = (idx: number, name: string, thousands: boolean): number | undefined => {
      const raw = (r[idx] ?? '').trim();
      if (raw === '' || UNAVAILABLE.test(raw)) return undefined;
      const n = Number(raw.replace(/,/g, ''));
      if (!Number.isFinite(n)) {
        problems.push(`line ${line}: ${soc} ${name} is not a number ("${raw}"), left out`);
        return undefined;
      }
      return thousands ? Math.round(n * 1000) : n;
    };
    const text = (idx: number) => {
      const raw = (r[idx] ?? '').trim();
      return raw === '' || UNAVAILABLE.test(raw) ? undefined : raw;
    };
    if (rows.some((x) => x.soc === soc)) {
      problems.push(`line ${line}: ${soc} appears twice, the first row is kept`);
      continue;
    }
    rows.push(
      Object.fromEntries(
        Object.entries({
          soc,
          title: (r[c.title] ?? '').trim(),
          employmentBase: num(c.base, `Employment, ${baseYear}`, true),
          employmentTarget: num(c.target, `Employment, ${targetYear}`, true),
          changeNumeric: num(c.change, 'change, numeric', true),
          percentChange: num(c.percent, 'change, percent', false),
          openingsPerYear: num(c.openings, 'openings', true),
          typicalEducation: text(c.education),
          workExperience: text(c.experience),
          onTheJobTraining: text(c.training),
        }).filter(([, v]) => v !== undefined),
      ) as unknown as EpRow,
    );
  }
  return { baseYear, targetYear, rows, problems };
}
