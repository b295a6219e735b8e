/**
 * A "Post a job" issue, read back: the body GitHub writes from the issue form ("### Label" then the answer,
 * "_No response_" for a blank), turned into the site's form values or the pasted posting file, checked with
 * the jobs schema the build uses (through validatePost, the same checks and plain-language messages as
 * /jobs/post/), and either the posting file to add or the problems to send back. Pure: the script in
 * scripts/job-submission.ts does the reading and writing.
 */
import { parse } from 'yaml';
import { jobSchema } from '#src/schemas/job.ts';
import { EMPLOYMENT_TYPES, JOB_SETTINGS } from '#src/schemas/vocabulary/jobs.ts';
import { toStateCode } from '../import/states.ts';
import { stripControl } from '../import/text.ts';
import { jobToYaml } from '../job-yaml.ts';
import { emptyForm, FIELD_IDS, postingId, type PostForm } from './form.ts';
import { issueToFieldError } from './issues.ts';
import { validatePost } from './validate.ts';
import { ISSUE_FIELDS, YAML_FIELD_LABEL } from './issue-form.ts';

/** An issue body longer than this is refused before it is read: a description may hold 20,000 characters. */
export const MAX_BODY = 40_000;
const NO_RESPONSE = '_No response_';
/** Direction overrides, embeddings and isolates: they can make text read differently from what it holds. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/** An HTML tag; Markdown autolinks (<https://…>, <mailto:…>) and addresses in angle brackets are not tags. */
const HTML_TAG = /<\s*\/?\s*(?!https?:|mailto:|[\w.+-]+@)[a-z!?][^>]*>/i;
/** A Markdown link to a scheme other than http(s) or mailto (javascript:, data:, file: ...), or a bare javascript:/vbscript: address. */
const BAD_SCHEME =
  /\]\(\s*<?\s*(?!https?:|mailto:)[a-z][a-z0-9+.-]*:|\b(?:javascript|vbscript)\s*:/i;

export interface Submission {
  issueNumber: number;
  issueUrl: string;
  /** YYYY-MM-DD, for a blank "Date posted". */
  today: string;
  /** Ids already taken (content/jobs/*.yaml). */
  existingIds: Set<string>;
}

export type Review =
  | { ok: true; id: string; file: string; yaml: string; title: string }
  | { ok: false; problems: string[] };

const LABELS = [...ISSUE_FIELDS.map((f) => f.label), YAML_FIELD_LABEL];

/** The answers in an issue-form body, by label. Headings that are not the form's labels stay inside the answer above them. */
export function parseIssueBody(body: string): {
  answers: Map<string, string>;
  problems: string[];
} {
  const text = body.replace(/\r\n?/g, '\n');
  const answers = new Map<string, string>();
  const problems: string[] = [];
  let current: string | undefined;
  let lines: string[] = [];
  const close = () => {
    if (current === undefined) return;
    const value = lines.join('\n').trim();
    answers.set(current, value === NO_RESPONSE ? '' : value);
  };
  for (const line of text.split('\n')) {
    const heading = /^###\s+(.+?)\s*$/.exec(line)?.[1];
    if (heading !== undefined && LABELS.includes(heading)) {
      close();
      if (answers.has(heading))
        problems.push(
          `The heading "### ${heading}" appears more than once. Edit the issue so each question of the form is answered once (a description may not contain the form's own headings).`,
        );
      current = heading;
      lines = [];
    } else if (current !== undefined) lines.push(line);
  }
  close();
  return { answers, problems };
}

/** A fenced block's content (the form renders the posting file as ```yaml ... ```), or the text as it is. */
const unfence = (s: string) => {
  const inner = /^```[\w-]*\n([\s\S]*?)\n?```$/.exec(s.trim())?.[1];
  return inner ?? s;
};

/** Problems no schema sees: text that could mislead a reviewer or a browser. */
function hostileProblems(label: string, value: string): string[] {
  const out: string[] = [];
  if (BIDI.test(value))
    out.push(
      `**${label}**: remove the invisible text-direction control characters (Unicode U+202A–U+202E, U+2066–U+2069); they can make text read differently from what it says.`,
    );
  if (HTML_TAG.test(value))
    out.push(
      `**${label}**: remove the HTML tags. Write plain text; the description may use Markdown (**bold**, lists, [links](https://…)).`,
    );
  if (BAD_SCHEME.test(value))
    out.push(
      `**${label}**: links may only be https://, http:// or mailto: addresses. Remove the other link (javascript:, data: and similar are never allowed).`,
    );
  return out;
}

const keyOf = <T extends Record<string, unknown>>(
  table: T,
  value: string,
  label: (v: T[keyof T]) => string,
): string => {
  const v = value.trim().toLowerCase();
  if (!v) return '';
  for (const [key, entry] of Object.entries(table))
    if (key === v.replace(/\s+/g, '-') || label(entry as T[keyof T]).toLowerCase() === v)
      return key;
  return value.trim(); // unknown: the schema reports it
};

/** The issue's answers as the site's form values. */
export function answersToForm(answers: Map<string, string>, today: string): PostForm {
  const f = emptyForm(today);
  const get = (id: string) => answers.get(ISSUE_FIELDS.find((x) => x.id === id)!.label) ?? '';
  f.title = get('job_title');
  f.employerName = get('employer_name');
  f.employerUrl = get('employer_url');
  f.city = get('city');
  f.state = toStateCode(get('state')) ?? get('state').trim();
  const remote = get('remote_states').trim();
  f.remote = remote !== '' && !/^(no|none|on[- ]site)$/i.test(remote);
  f.remoteWhere = /^(us|usa|anywhere|anywhere in the us|united states)$/i.test(remote)
    ? 'US'
    : 'states';
  f.remoteStates = f.remoteWhere === 'states' ? remote : '';
  f.setting = keyOf(JOB_SETTINGS, get('setting'), (l) => l);
  f.employmentType = keyOf(EMPLOYMENT_TYPES, get('employment_type'), (e) => e.label);
  f.payMin = get('pay_min');
  f.payMax = get('pay_max');
  const per = get('pay_per').trim().toLowerCase();
  f.payPer = /hour/.test(per) ? 'hour' : /year|annual/.test(per) ? 'year' : per;
  f.licenses = get('licenses');
  f.certifications = get('certifications');
  f.description = get('description');
  f.datePosted = get('date_posted').trim() || today;
  f.validThrough = get('valid_through').trim();
  f.applyUrl = get('apply_url');
  f.applyEmail = get('apply_email');
  return f;
}

const labelOfElement = (elementId: string) => {
  const key = Object.entries(FIELD_IDS).find(([, id]) => id === elementId)?.[0];
  const field = ISSUE_FIELDS.find(
    (f) => f.key === key || (key === 'remote' && f.key === 'remoteStates'),
  );
  return field?.label ?? 'Posting';
};

/** The pasted posting file as posting data, or the problems reading it. */
function fromFile(text: string): { job?: Record<string, unknown>; problems: string[] } {
  let data: unknown;
  try {
    data = parse(unfence(text), { maxAliasCount: 0, prettyErrors: true });
  } catch (e) {
    return {
      problems: [
        `**${YAML_FIELD_LABEL}**: the file could not be read as YAML (${String((e as Error).message).split('\n')[0]}). Copy it again from the site's "Post a job" page, or fill in the fields instead.`,
      ],
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return {
      problems: [
        `**${YAML_FIELD_LABEL}**: expected the posting file made on the site's "Post a job" page (field names such as title, employer, description), not a single value or a list.`,
      ],
    };
  return { job: { ...(data as Record<string, unknown>) }, problems: [] };
}

/** Review one "Post a job" issue: the posting file to add, or what to fix, in plain language. */
export function reviewSubmission(body: string, s: Submission): Review {
  if (body.length > MAX_BODY)
    return {
      ok: false,
      problems: [
        `The issue is ${body.length.toLocaleString('en-US')} characters long, more than the ${MAX_BODY.toLocaleString('en-US')} a posting can use (the description may hold 20,000). Shorten the description and edit the issue.`,
      ],
    };
  const { answers, problems } = parseIssueBody(body);
  for (const [label, value] of answers) problems.push(...hostileProblems(label, value));
  const file = answers.get(YAML_FIELD_LABEL) ?? '';
  let job: Record<string, unknown>;
  if (file.trim()) {
    const read = fromFile(file);
    problems.push(...read.problems);
    if (!read.job) return { ok: false, problems };
    job = read.job;
    const title = typeof job.title === 'string' ? job.title : '';
    const employer = (job.employer ?? {}) as { name?: unknown };
    const location = (job.location ?? {}) as { city?: unknown };
    if (typeof job.id !== 'string' || !job.id)
      job.id = postingId({
        title,
        employerName: typeof employer.name === 'string' ? employer.name : '',
        city: typeof location.city === 'string' ? location.city : '',
        remote: Boolean(job.remote),
        datePosted: typeof job.datePosted === 'string' ? job.datePosted : s.today,
      });
    if (typeof job.description === 'string')
      job.description = stripControl(job.description, true).trim();
    const result = jobSchema.safeParse(
      { ...job, source: { name: 'employer', id: String(job.id) }, example: false },
      { reportInput: true },
    );
    if (!result.success)
      for (const i of result.error.issues) {
        const e = issueToFieldError(i as Parameters<typeof issueToFieldError>[0]);
        problems.push(
          `**${YAML_FIELD_LABEL}**, \`${i.path.join('.') || 'the file'}\`: ${e.message}.`,
        );
      }
  } else {
    if (![...answers.values()].some((v) => v.trim()))
      return {
        ok: false,
        problems: [
          'This issue does not look like the "Post a job" form: none of its questions were found. Open the form from the site\'s "Post a job" page and fill it in.',
        ],
      };
    const form = answersToForm(answers, s.today);
    const checked = validatePost(form);
    job = checked.job;
    for (const e of checked.errors) problems.push(`**${labelOfElement(e.id)}**: ${e.message}.`);
  }
  const id = String(job.id ?? '');
  if (/^example-/.test(id))
    problems.push(
      'The posting\'s id may not start with "example-": those names belong to the site\'s sample postings. Change the title or the id.',
    );
  else if (id && s.existingIds.has(id))
    problems.push(
      `A posting with the id \`${id}\` is already on the board. If this is an update to it, say so in a comment and a reviewer will take it from there; otherwise change the title or the id.`,
    );
  if (problems.length) return { ok: false, problems: [...new Set(problems)] };
  // The file path comes only from an id the schema accepted (lower-case letters, digits and hyphens).
  const out = {
    ...job,
    source: { name: 'employer', id, url: s.issueUrl },
    example: undefined,
  };
  return {
    ok: true,
    id,
    file: `content/jobs/${id}.yaml`,
    yaml: jobToYaml(out),
    title: String(job.title),
  };
}

/** The comment the workflow posts on the issue. */
export function reviewComment(r: Review, prUrl?: string): string {
  if (r.ok)
    return [
      'Thank you: the posting passed every check the site applies.',
      '',
      `A pull request adding \`${r.file}\` is open${prUrl ? `: ${prUrl}` : ''}. A reviewer checks it; once it is merged the posting appears on the board with the next build and closes by itself after its last day to apply.`,
    ].join('\n');
  return [
    'Thank you for the posting. It cannot go on the board yet; please fix the following and edit this issue (the check runs again on every edit):',
    '',
    ...r.problems.map((p) => `- ${p}`),
    '',
    'The "Post a job" page on the site explains every field and can make the posting file for you.',
  ].join('\n');
}
