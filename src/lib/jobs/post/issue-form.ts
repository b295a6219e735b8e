/**
 * The GitHub "Post a job" issue form (.github/ISSUE_TEMPLATE/post-a-job.yml), seen from both ends: the link
 * that opens it filled in from the site's form, and the fields the submission script reads back from the
 * issue body. The field ids here are the form's ids; tests/unit/issue-forms.test.ts checks the YAML file
 * has exactly these ids and labels.
 *
 * GitHub fills an issue form's text fields from URL query parameters named by each field's id: "If provided,
 * the id is the canonical identifier for the field in URL query parameter prefills"
 * (https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-githubs-form-schema#keys),
 * and `template` and `title` choose the form and the issue title
 * (https://docs.github.com/en/issues/tracking-your-work-with-issues/using-issues/creating-an-issue#creating-an-issue-from-a-url-query).
 * Only text fields (input, textarea) are documented to prefill, so every field of the form is one; the script
 * checks the choices. No `labels` parameter: it needs triage permission and answers 404 without it, so the
 * form applies its own label.
 */
import type { PostForm } from './form.ts';

export const POST_JOB_TEMPLATE = 'post-a-job.yml';
export const CORRECTION_TEMPLATE = 'report-a-correction.yml';
/** The label the "Post a job" form puts on its issues; the submission workflow runs on issues with it. */
export const POST_JOB_LABEL = 'job submission';

/**
 * GitHub publishes no length limit for a new-issue link, only that a link too long fails (414 URI Too Long).
 * Our own cap, well under the 8 KB request lines many servers accept; past it the site gives the file to paste.
 */
export const MAX_PREFILL_URL = 6000;

/** The field id of the one box that can hold the whole posting file instead of the fields. */
export const YAML_FIELD = 'posting_file';

export interface IssueField {
  id: string;
  label: string;
  /** The PostForm value the field carries (remote and remoteWhere share the remote_states field). */
  key: keyof PostForm | 'remoteStates';
  type: 'input' | 'textarea';
}

/** The form's fields, in order. Labels are what GitHub writes as "### Label" headings in the issue body. */
export const ISSUE_FIELDS: IssueField[] = [
  { id: 'job_title', label: 'Job title', key: 'title', type: 'input' },
  { id: 'employer_name', label: 'Employer', key: 'employerName', type: 'input' },
  { id: 'employer_url', label: 'Employer website', key: 'employerUrl', type: 'input' },
  { id: 'city', label: 'City', key: 'city', type: 'input' },
  { id: 'state', label: 'State', key: 'state', type: 'input' },
  { id: 'remote_states', label: 'Remote work', key: 'remoteStates', type: 'input' },
  { id: 'setting', label: 'Setting', key: 'setting', type: 'input' },
  { id: 'employment_type', label: 'Employment type', key: 'employmentType', type: 'input' },
  { id: 'pay_min', label: 'Lowest pay', key: 'payMin', type: 'input' },
  { id: 'pay_max', label: 'Highest pay', key: 'payMax', type: 'input' },
  { id: 'pay_per', label: 'Pay period', key: 'payPer', type: 'input' },
  { id: 'licenses', label: 'Licenses required', key: 'licenses', type: 'input' },
  { id: 'certifications', label: 'Certifications preferred', key: 'certifications', type: 'input' },
  { id: 'description', label: 'Description', key: 'description', type: 'textarea' },
  { id: 'date_posted', label: 'Date posted', key: 'datePosted', type: 'input' },
  { id: 'valid_through', label: 'Last day to apply', key: 'validThrough', type: 'input' },
  { id: 'apply_url', label: 'Link to apply', key: 'applyUrl', type: 'input' },
  { id: 'apply_email', label: 'Email to apply', key: 'applyEmail', type: 'input' },
];
export const YAML_FIELD_LABEL = 'Posting file';

/** A new-issue link for a form, with the issue title and text fields filled in (empty values left out). */
export function issueFormUrl(
  repositoryUrl: string,
  template: string,
  title: string,
  fields: Record<string, string> = {},
): string {
  const q = new URLSearchParams({ template, title });
  for (const [id, value] of Object.entries(fields)) if (value.trim()) q.set(id, value);
  return `${repositoryUrl.replace(/\/+$/, '')}/issues/new?${q.toString()}`;
}

/**
 * "Report a correction" for one page, its address filled in (the form titles the issue "Correction: "). The
 * link is on every page, so it carries nothing more, and the address keeps its ":" and "/" (both allowed in a
 * query, RFC 3986 section 3.4): written as in the page's canonical link, it costs almost nothing compressed.
 */
export const correctionUrl = (repositoryUrl: string, pageUrl: string): string => {
  const page = encodeURIComponent(pageUrl).replace(/%3A/g, ':').replace(/%2F/g, '/');
  return `${repositoryUrl.replace(/\/+$/, '')}/issues/new?template=${CORRECTION_TEMPLATE}${pageUrl ? `&page=${page}` : ''}`;
};

/** What the site's form values become as the issue form's fields (remote as "US", state codes, or empty). */
export function formToIssueFields(f: PostForm): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of ISSUE_FIELDS) {
    if (field.id === 'remote_states')
      out[field.id] = f.remote ? (f.remoteWhere === 'US' ? 'US' : f.remoteStates.trim()) : '';
    else out[field.id] = String(f[field.key] ?? '');
  }
  return out;
}

export type PostLink =
  | { kind: 'prefilled'; url: string }
  /** Too long for a link: open the form with the title only and paste the file into the Posting file box. */
  | { kind: 'paste'; url: string };

/** The link that opens "Post a job" on GitHub for these values, or the empty form and the file to paste. */
export function postJobLink(repositoryUrl: string, f: PostForm): PostLink {
  const title = `Post a job: ${f.title.trim() || 'new posting'}${f.employerName.trim() ? `, ${f.employerName.trim()}` : ''}`;
  const full = issueFormUrl(repositoryUrl, POST_JOB_TEMPLATE, title, formToIssueFields(f));
  if (full.length <= MAX_PREFILL_URL) return { kind: 'prefilled', url: full };
  return {
    kind: 'paste',
    url: issueFormUrl(repositoryUrl, POST_JOB_TEMPLATE, title.slice(0, 200)),
  };
}
