import Papa from 'papaparse';

/**
 * Rows as CSV (RFC 4180, CRLF line ends) with the given columns in order. Arrays are joined with "; ",
 * null becomes an empty cell. Cells that start with = + - @ are prefixed with ' so spreadsheets never run them.
 */
export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
  const cell = (v: unknown): string | number => {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) return cell(v.join('; '));
    if (typeof v === 'number') return v;
    const s = String(v);
    return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  };
  return Papa.unparse(
    { fields: columns, data: rows.map((r) => columns.map((c) => cell(r[c]))) },
    { newline: '\r\n' },
  );
}
