// Fetch job postings from the sources in content/job-sources.yaml (USAJOBS, Greenhouse, Lever, Ashby,
// SmartRecruiters), keep the case-management roles and write, update and close files in content/jobs/.
// The logic lives in src/lib/jobs/fetch/ and scripts/lib/jobs-fetch-run.ts; this file reads arguments and prints.
//
//   npm run jobs:fetch -- [--config content/job-sources.yaml] [--dir content/jobs] [--source NAME] [--dry-run]
import { parseArgs } from 'node:util';
import { isoDate } from '#src/lib/text/format.ts';
import { jobsAsOf } from '#src/lib/jobs/as-of.ts';
import { ConfigError } from '#src/lib/jobs/fetch/config.ts';
import { runJobsFetch } from './lib/jobs-fetch-run.ts';

const HELP = `Usage: npm run jobs:fetch -- [--config content/job-sources.yaml] [--dir content/jobs] [--source NAME] [--dry-run]

Reads every source in --config, keeps the case-management roles, and writes one YAML file per posting into --dir.
A posting a source no longer lists is closed from today; a source that fails changes none of its postings.
Example postings and files from other sources are never touched. Nothing is written with --dry-run.

Environment:
  USAJOBS_API_KEY, USAJOBS_EMAIL   the USAJOBS key and the email it was requested with (USAJOBS is skipped without)
  JOBS_AS_OF=YYYY-MM-DD            "today" (default: today in UTC)
  USAJOBS_BASE_URL, GREENHOUSE_BASE_URL, LEVER_BASE_URL, ASHBY_BASE_URL, SMARTRECRUITERS_BASE_URL
                                   point a provider's client elsewhere (a test or staging server)
  JOBS_FETCH_TIMEOUT_MS (30000), JOBS_FETCH_RETRIES (3), JOBS_FETCH_RETRY_DELAY_MS (1000),
  JOBS_FETCH_MAX_RETRY_AFTER_MS (120000), JOBS_FETCH_PER_HOST (2)

Exit code: 0 when the sources were read (a failing source is reported, and annotated as a warning on GitHub
Actions), 1 when the config or the arguments are wrong or a file could not be written.`;

function fail(message: string): never {
  console.error(`jobs:fetch: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    options: {
      config: { type: 'string', default: 'content/job-sources.yaml' },
      dir: { type: 'string', default: 'content/jobs' },
      source: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
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

let asOf: string;
try {
  asOf = isoDate(jobsAsOf());
} catch (e) {
  fail((e as Error).message);
}

try {
  const run = await runJobsFetch({
    configFile: args.values.config!,
    dir: args.values.dir!,
    only: args.values.source,
    dryRun: args.values['dry-run'],
    asOf,
  });
  console.log(run.text);
  if (process.env.GITHUB_ACTIONS === 'true')
    for (const s of run.plan.sources)
      if (s.status === 'failed')
        console.log(
          `::warning title=jobs:fetch ${s.name}::${s.message} (none of its postings changed)`,
        );
  for (const f of run.failures) console.error(`jobs:fetch: could not write ${f}`);
  if (run.failures.length) process.exitCode = 1;
} catch (e) {
  if (e instanceof ConfigError) fail(e.message);
  throw e;
}
