// Bring job postings into content/jobs/ from a USAJOBS Search API response (JSON) or an applicant tracking
// system's CSV export. The logic lives in src/lib/jobs/import/; this file reads arguments, files and prints.
//
//   npm run jobs:import -- <file> [--dir content/jobs] [--dry-run] [--format usajobs|csv]
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { columnTable } from '#src/lib/jobs/import/ats-columns.ts';
import { decodeInput } from '#src/lib/jobs/import/encoding.ts';
import { stripControl } from '#src/lib/jobs/import/text.ts';
import {
  detectFormat,
  formatReport,
  InputError,
  planImport,
  readSource,
} from '#src/lib/jobs/import/index.ts';
import { applyPlan, cleanStaleTemporaryFiles, readExisting } from './lib/job-files.ts';

const HELP = `Usage: npm run jobs:import -- <file> [--dir content/jobs] [--dry-run] [--format usajobs|csv]

Reads job postings from <file>, checks each one against the jobs schema and writes one YAML file per posting
into --dir (default content/jobs). A posting already imported is rewritten only when its source record changed.
Example postings and postings from other sources are never touched. Nothing is written with --dry-run.

Formats (chosen from the file name, or with --format):
  usajobs  A USAJOBS Search API response saved as JSON (.json). Files are named usajobs-<PositionID>.yaml.
  csv      An export from an applicant tracking system (.csv), first row = column names. Files are named
           ats-<source_id>.yaml (or the id column). Columns (names are not case-sensitive; unknown columns
           refuse the whole file):
${columnTable('text')}

Exit code: 0 when the file was read (even if some postings were rejected; each is listed with its reasons),
1 when the file itself cannot be used (missing, not JSON, missing or unknown columns).`;

function fail(message: string): never {
  // Messages may quote the input (file names, column names): print them without control characters.
  console.error(
    `jobs:import: ${message
      .split('\n')
      .map((l) => stripControl(l, false))
      .join('\n')}`,
  );
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content/jobs' },
      'dry-run': { type: 'boolean', default: false },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  fail(`${(e as Error).message}\n\n${HELP}`);
}
if (args.values.help) {
  console.log(HELP);
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (!file) fail(`give the file to import.\n\n${HELP}`);
if (extra.length) fail(`one file at a time; also got ${extra.join(', ')}.`);
if (!existsSync(file) || !statSync(file).isFile()) fail(`${file}: no such file.`);
const dir = args.values.dir!;
const dryRun = args.values['dry-run']!;

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (e) {
  fail(`${file}: cannot be read (${(e as Error).message}).`);
}

try {
  const text = decodeInput(bytes, basename(file));
  const format = detectFormat(file, text, args.values.format);
  const read = readSource(format, text, basename(file));
  const plan = planImport(read, readExisting(dir));
  if (!dryRun) {
    // A killed earlier run may have left its temporary files behind.
    for (const f of cleanStaleTemporaryFiles(dir))
      console.log(`jobs:import: removed ${stripControl(f, false)}, left by an interrupted run`);
  }
  if (!dryRun && plan.added.length + plan.updated.length > 0) {
    mkdirSync(dir, { recursive: true });
    const failures = applyPlan(plan, dir);
    for (const f of failures) console.error(`jobs:import: could not write ${f}`);
    if (failures.length) process.exitCode = 1;
  }
  console.log(formatReport(plan, { dryRun, dir }));
  if (!read.candidates.length) console.log('The file holds no postings.');
} catch (e) {
  if (e instanceof InputError) fail(e.message);
  throw e;
}
