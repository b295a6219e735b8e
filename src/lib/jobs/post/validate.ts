import { jobSchema } from '#src/schemas/job.ts';
import type { FieldError } from '../../forms/validate.ts';
import { FIELD_IDS, FIELD_ORDER, formToJob, type PostForm } from './form.ts';
import { issueToFieldError } from './issues.ts';

/**
 * Check the form with the jobs schema itself. The schema checks "a location or remote", "a link or an email" and
 * "closing on or after posting" only once every field is valid, so those are also checked here directly, to show
 * every problem at the first attempt. One message per field, in page order.
 */
export function validatePost(f: PostForm): { job: Record<string, unknown>; errors: FieldError[] } {
  const job = formToJob(f);
  // reportInput: the messages depend on whether a value was missing or wrong.
  const result = jobSchema.safeParse(job, { reportInput: true });
  // The id is made from the title and employer: its issue matters only when they have none of their own, so it goes last.
  const issues = result.success
    ? []
    : [...result.error.issues].sort(
        (a, b) => Number(a.path[0] === 'id') - Number(b.path[0] === 'id'),
      );
  const errors: FieldError[] = issues.map((i) =>
    issueToFieldError(i as Parameters<typeof issueToFieldError>[0]),
  );
  if (!job.location && !job.remote)
    errors.push(issueToFieldError({ path: ['location'], code: 'custom', message: '' }));
  if (f.remote && f.remoteWhere === 'states' && !f.remoteStates.trim())
    errors.push(
      issueToFieldError({ path: ['remote', 'eligible'], code: 'too_small', message: '' }),
    );
  if (!f.applyUrl.trim() && !f.applyEmail.trim())
    errors.push(issueToFieldError({ path: ['apply'], code: 'custom', message: '' }));
  if (
    /^\d{4}-\d{2}-\d{2}$/.test(f.datePosted) &&
    /^\d{4}-\d{2}-\d{2}$/.test(f.validThrough) &&
    f.validThrough < f.datePosted
  ) {
    errors.push(issueToFieldError({ path: ['validThrough'], code: 'custom', message: '' }));
  }
  const seen = new Set<string>();
  const unique = errors.filter((e) => !seen.has(e.id) && seen.add(e.id));
  unique.sort((a, b) => FIELD_ORDER.indexOf(a.id) - FIELD_ORDER.indexOf(b.id));
  return { job, errors: unique };
}

export { FIELD_IDS };
