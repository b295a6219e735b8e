// Review a "Post a job" issue (run by .github/workflows/job-submission.yml). Reads the issue body from a file or
// the ISSUE_BODY environment variable (never from the command line or a shell string), checks it with the jobs
// schema the build uses (src/lib/jobs/post/submission.ts) and writes its outputs; it talks to no server. The
// workflow opens the pull request or posts the comment with the GitHub CLI.
//
//   npm run jobs:submission -- --issue-number N --issue-url URL [--body-file FILE] [--out DIR] [--jobs-dir DIR]
//
// Writes into --out (default .job-submission/): result.json ({ ok, id, file, problems }), comment.md (the reply
// for the issue) and, when the posting passes, the posting file at <out>/<file> (content/jobs/<id>.yaml) for the
// workflow to copy into the repository. With GITHUB_OUTPUT set it also writes ok, id and file there.
// Exit code 0 when the issue was reviewed (passed or not), 1 when the script could not run (bad arguments).
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { reviewComment, reviewSubmission } from '#src/lib/jobs/post/submission.ts';
import { isoDate } from '#src/lib/text/format.ts';

function fail(message: string): never {
  console.error(`job-submission: ${message}`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      'issue-number': { type: 'string' },
      'issue-url': { type: 'string' },
      'body-file': { type: 'string' },
      out: { type: 'string', default: '.job-submission' },
      'jobs-dir': { type: 'string', default: 'content/jobs' },
      today: { type: 'string' },
    },
  }));
} catch (e) {
  fail((e as Error).message);
}
const issueNumber = Number(values['issue-number']);
if (!Number.isInteger(issueNumber) || issueNumber < 1)
  fail('--issue-number must be the issue number, e.g. --issue-number 42');
const issueUrl = values['issue-url'] ?? '';
if (!/^https:\/\/[^\s]+$/.test(issueUrl))
  fail(
    '--issue-url must be the issue address, e.g. --issue-url https://github.com/owner/repo/issues/42',
  );
const today = values.today ?? process.env.JOBS_AS_OF ?? isoDate(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail('--today must be a date as YYYY-MM-DD');

const body = values['body-file']
  ? readFileSync(values['body-file'], 'utf8')
  : (process.env.ISSUE_BODY ?? fail('give --body-file FILE or set ISSUE_BODY'));
const jobsDir = values['jobs-dir']!;
const existingIds = new Set(
  existsSync(jobsDir)
    ? readdirSync(jobsDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => f.replace(/\.ya?ml$/, ''))
    : [],
);

const review = reviewSubmission(body, { issueNumber, issueUrl, today, existingIds });
const out = values.out!;
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'result.json'),
  `${JSON.stringify(review.ok ? { ok: true, id: review.id, file: review.file, title: review.title } : review, null, 2)}\n`,
);
writeFileSync(join(out, 'comment.md'), `${reviewComment(review)}\n`);
if (review.ok) {
  const target = join(out, review.file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, review.yaml);
}
if (process.env.GITHUB_OUTPUT) {
  const lines = review.ok
    ? ['ok=true', `id=${review.id}`, `file=${review.file}`]
    : ['ok=false', 'id=', 'file='];
  appendFileSync(process.env.GITHUB_OUTPUT, `${lines.join('\n')}\n`);
}
console.log(
  review.ok
    ? `job-submission: issue #${issueNumber} passed; ${review.file} written to ${out}`
    : `job-submission: issue #${issueNumber} has ${review.problems.length} problem(s):\n${review.problems.map((p) => `- ${p}`).join('\n')}`,
);
