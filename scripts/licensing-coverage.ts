// How well the licensing data is backed, per field: `npm run coverage:licensing [-- --before <git ref>]`.
// Reads content/ directly (and, with --before, the same files at an earlier commit, for comparison).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { coverage, type Counts } from '#src/lib/licensing/coverage.ts';

const kinds = new Map<string, string>();
for (const f of readdirSync('content/sources'))
  kinds.set(f.replace(/\.ya?ml$/, ''), parse(readFileSync(`content/sources/${f}`, 'utf8')).kind);

function statesAt(ref?: string): unknown[] {
  if (!ref)
    return readdirSync('content/states')
      .sort()
      .map((f) => parse(readFileSync(`content/states/${f}`, 'utf8')));
  const files = execFileSync('git', ['ls-tree', '--name-only', `${ref}:content/states`], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n');
  return files.map((f) =>
    parse(execFileSync('git', ['show', `${ref}:content/states/${f}`], { encoding: 'utf8' })),
  );
}

const i = process.argv.indexOf('--before');
const beforeRef = i > 0 ? process.argv[i + 1] : undefined;
const now = coverage(statesAt(), (id) => kinds.get(id));
const before = beforeRef ? coverage(statesAt(beforeRef), (id) => kinds.get(id)) : undefined;

console.log(`Licensing coverage, ${statesAt().length} jurisdictions.
  official   = a sourced statement (a value, "no minimum set", "stated in years" or "stated as a rate")
               whose source is the board's own page, the statute or the regulation ("verified");
               for the compact status, the compact commission's own member list and news count too
  guide      = sourced, but only by a third-party guide (labelled on the page)
  other      = sourced by a professional or certifying body, or a news report
  unverified = no source confirmed it; the page says "not yet verified"
  absent     = optional field not recorded for that state
  "sourced" = official + guide + other. Core fields (*) are the degree, supervised hours, supervision
  hours, minimum months and the clinical exam.${beforeRef ? `\n  before = the same counts at ${beforeRef}.` : ''}
`);
const cell = (c: Counts) =>
  `${c.official} | ${c.guide} | ${c.other} | ${c.unverified} | ${c.absent}`.padEnd(22);
console.log(
  `field                      | official | guide | other | unverified | absent${before ? '   (before)' : ''}`,
);
now.perField.forEach((f, j) => {
  const b = before?.perField[j];
  console.log(
    `${(f.core ? '* ' : '  ') + f.name}`.padEnd(27) +
      `| ${cell(f.counts)}${b ? `(${cell(b.counts).trim()})` : ''}`,
  );
});
console.log(
  `\nCore fields not yet verified: ${now.coreUnverified.length}${before ? ` (before: ${before.coreUnverified.length})` : ''}`,
);
if (now.coreUnverified.length) console.log(`  ${now.coreUnverified.join(', ')}`);
