/**
 * A copy of content/ for tests that build the site from their own content folder. The copy's job board is
 * the development examples only: the real postings that `npm run jobs:fetch` writes into content/jobs every
 * day are left out, so what such a test expects (the first page of the board, counts, an empty state) does
 * not depend on how many real postings the repository holds that day, and the build stays small.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Whether a file in content/jobs is a development example (its YAML says `example: true`). */
const isExampleFile = (path: string): boolean => {
  const data = parse(readFileSync(path, 'utf8')) as { example?: unknown } | null;
  return data?.example === true;
};

/** Copy content/ to `dest`, keeping only the example postings of content/jobs. */
export function copyContent(dest: string, source = 'content'): void {
  const jobs = join(source, 'jobs');
  cpSync(source, dest, {
    recursive: true,
    filter: (src) => !(src.startsWith(`${jobs}/`) && src.endsWith('.yaml')) || isExampleFile(src),
  });
}
