import { extname } from 'node:path';
import { readAtsCsv } from './ats.ts';
import { readUsajobs } from './usajobs.ts';
import { InputError, type SourceReadResult } from './types.ts';

export type ImportFormat = 'usajobs' | 'csv';

/** The format from --format, else from the file name (.json, .csv), else from the first character. */
export function detectFormat(fileName: string, text: string, given?: string): ImportFormat {
  if (given) {
    if (given !== 'usajobs' && given !== 'csv')
      throw new InputError(
        `--format ${given}: unknown. Use --format usajobs (a saved USAJOBS Search API response) or --format csv (an export with the documented columns).`,
      );
    return given;
  }
  const ext = extname(fileName).toLowerCase();
  if (ext === '.json') return 'usajobs';
  if (ext === '.csv') return 'csv';
  return /^\s*[{[]/.test(text.replace(/^\uFEFF/, '')) ? 'usajobs' : 'csv';
}

/** Read a source file in the given format into candidate records. */
export function readSource(format: ImportFormat, text: string, fileName: string): SourceReadResult {
  return format === 'usajobs' ? readUsajobs(text, fileName) : readAtsCsv(text, fileName);
}

export { formatReport, planImport } from './plan.ts';
export { InputError } from './types.ts';
