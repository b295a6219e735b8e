/*
 * The job board's fixed vocabularies, owned by the job schema (src/schemas/job.ts validates against
 * them). Plain data, free of zod, so browser code and lib can import them cheaply.
 */

/** Where a case manager works, for the board's setting filter. */
export const JOB_SETTINGS = {
  hospital: 'Hospital',
  'behavioral-health': 'Behavioral health and substance use',
  'child-family': 'Child and family services',
  community: 'Community and social services',
  'health-plan': 'Health plan or insurer',
  'home-health': 'Home health and hospice',
  government: 'Government',
  other: 'Other',
} as const;
export type JobSetting = keyof typeof JOB_SETTINGS;

/** Employment types, with the schema.org JobPosting value each maps to. */
export const EMPLOYMENT_TYPES = {
  'full-time': { label: 'Full time', schemaOrg: 'FULL_TIME' },
  'part-time': { label: 'Part time', schemaOrg: 'PART_TIME' },
  contract: { label: 'Contract', schemaOrg: 'CONTRACTOR' },
  temporary: { label: 'Temporary', schemaOrg: 'TEMPORARY' },
  'per-diem': { label: 'Per diem', schemaOrg: 'PER_DIEM' },
  internship: { label: 'Internship', schemaOrg: 'INTERN' },
} as const;
export type EmploymentType = keyof typeof EMPLOYMENT_TYPES;
/** The schema.org JobPosting employmentType values the board's types map to. */
export type SchemaOrgEmploymentType = (typeof EMPLOYMENT_TYPES)[EmploymentType]['schemaOrg'];
