import { stringify } from 'yaml';

/** The order fields appear in a job file, the same as the example postings in content/jobs/. */
export const JOB_FIELD_ORDER = [
  'id',
  'title',
  'employer',
  'location',
  'remote',
  'setting',
  'employmentType',
  'pay',
  'licenseRequired',
  'certificationsPreferred',
  'description',
  'datePosted',
  'validThrough',
  'apply',
  'source',
  'example',
] as const;

/** A job (as plain data, dates as YYYY-MM-DD strings) as the text of its content/jobs/<id>.yaml file. */
export function jobToYaml(job: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const k of JOB_FIELD_ORDER) if (job[k] !== undefined) ordered[k] = job[k];
  for (const k of Object.keys(job))
    if (!(k in ordered) && job[k] !== undefined) ordered[k] = job[k];
  return stringify(ordered, { lineWidth: 0 });
}
