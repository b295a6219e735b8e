import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';

/**
 * Turning the files the agencies publish into grids of text cells, for the parsers. fflate unzips BLS's and BEA's zip
 * archives and read-excel-file reads the .xlsx workbooks: both well-kept libraries, so no zip or XML parsing of ours.
 */

/** A CSV file as rows of trimmed-at-the-edges text cells. */
export const csvGrid = (text: string): string[][] =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/** One sheet of an .xlsx workbook (the first when `sheet` is not given) as rows of text cells. */
export async function xlsxGrid(
  data: Uint8Array,
  file: string,
  sheet?: string,
): Promise<string[][]> {
  const sheets = await readExcelFile(Buffer.from(data));
  const found = sheet ? sheets.find((s) => s.sheet === sheet) : sheets[0];
  if (!found)
    throw new Error(
      `${file}: no sheet "${sheet}" (sheets: ${sheets.map((s) => s.sheet).join(', ') || 'none'}).`,
    );
  return found.data.map((row) => row.map((c) => (c === null || c === undefined ? '' : String(c))));
}

/** The member of a zip archive whose name matches, with its name; throws naming the archive when none does. */
export function unzipMember(
  data: Uint8Array,
  file: string,
  name: RegExp,
): { name: string; data: Uint8Array } {
  const members = unzipSync(data, { filter: (f) => name.test(f.name) });
  const [first] = Object.keys(members).sort();
  if (!first) throw new Error(`${file}: no member matching ${name} in the archive.`);
  return { name: first, data: members[first]! }; // first is one of members' keys
}
