import Papa from 'papaparse';

/** One area's price level for the newest year in the file. */
export interface RppParse {
  year: number;
  rows: { area: string; index: number }[];
  problems: string[];
}

/**
 * Read BEA's SARPP_STATE_*.csv (Regional Price Parities by state): keeps line code 1, "RPPs: All items", for the
 * newest year column that has figures, keyed by postal code ("United States" -> US). Footer notes and other line
 * codes are ignored; an area whose name is not a known state is reported and left out. Throws, naming the file, when
 * the layout is not BEA's.
 */
export function parseRppCsv(text: string, file: string, codes: Map<string, string>): RppParse {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const grid = parsed.data.map((r) => r.map((c) => c.trim()));
  const header = grid[0] ?? [];
  const name = header.indexOf('GeoName');
  const line = header.indexOf('LineCode');
  if (name < 0 || line < 0)
    throw new Error(
      `${file}: no GeoName or LineCode column. Expected BEA's SARPP_STATE file (from https://apps.bea.gov/regional/zip/SARPP.zip).`,
    );
  const yearCols = header
    .map((h, i) => [h, i] as const)
    .filter(([h]) => /^\d{4}$/.test(h))
    .sort((a, b) => Number(b[0]) - Number(a[0]));
  const allItems = grid.slice(1).filter((r) => r[line] === '1');
  const newest = yearCols.find(([, i]) => allItems.some((r) => /^\d/.test(r[i] ?? '')));
  if (!newest) throw new Error(`${file}: no year column with "RPPs: All items" figures.`);
  const [year, at] = newest;
  const problems: string[] = [];
  const rows: RppParse['rows'] = [];
  for (const r of allItems) {
    const area = r[name] === 'United States' ? 'US' : codes.get(r[name] ?? '');
    const index = Number(r[at]);
    if (!area) {
      problems.push(`${r[name]}: not a state we know, left out`);
      continue;
    }
    if (!Number.isFinite(index) || r[at] === '') {
      problems.push(`${r[name]}: ${year} index "${r[at]}" is not a number, left out`);
      continue;
    }
    rows.push({ area, index });
  }
  return { year: Number(year), rows, problems };
}
