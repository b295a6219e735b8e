/**
 * The columns of an applicant-tracking-system CSV export, as `npm run jobs:import` reads it. README.md ("Bringing job
 * postings in") and the script's --help print this table, so the documentation cannot drift from the code.
 */
export interface AtsColumn {
  name: string;
  required: boolean;
  /** What to write, in a few words. */
  what: string;
  /** An example value. */
  example: string;
}

export const ATS_COLUMNS: AtsColumn[] = [
  {
    name: 'source_id',
    required: true,
    what: 'the posting’s id in your system; the file is named ats-<source_id>',
    example: 'REQ-2041',
  },
  {
    name: 'id',
    required: false,
    what: 'a file name to use instead of ats-<source_id> (lower case, letters, digits, hyphens)',
    example: 'acme-boston-lcsw',
  },
  {
    name: 'title',
    required: true,
    what: 'the job title, one line',
    example: 'Clinical Case Manager (LCSW)',
  },
  { name: 'employer_name', required: true, what: 'who is hiring', example: 'Acme Health' },
  {
    name: 'employer_url',
    required: false,
    what: 'the employer’s website, http(s)',
    example: 'https://acme.example.org/',
  },
  {
    name: 'city',
    required: false,
    what: 'city of the workplace; needed unless remote is yes',
    example: 'Boston',
  },
  {
    name: 'state',
    required: false,
    what: 'two-letter code or name of the state; needed with city',
    example: 'MA',
  },
  { name: 'remote', required: false, what: 'yes or no (empty means no)', example: 'no' },
  {
    name: 'remote_states',
    required: false,
    what: 'with remote yes: US for anywhere, or state codes separated by ;',
    example: 'MA;NH;RI',
  },
  {
    name: 'setting',
    required: true,
    what: 'hospital, behavioral-health, child-family, community, health-plan, home-health, government or other',
    example: 'hospital',
  },
  {
    name: 'employment_type',
    required: true,
    what: 'full-time, part-time, contract, temporary, per-diem or internship',
    example: 'full-time',
  },
  {
    name: 'pay_min',
    required: false,
    what: 'lowest pay in US dollars, digits only (commas and $ are ignored)',
    example: '68000',
  },
  {
    name: 'pay_max',
    required: false,
    what: 'highest pay; empty for a single figure',
    example: '82000',
  },
  { name: 'pay_per', required: false, what: 'hour or year; needed with pay_min', example: 'year' },
  {
    name: 'license_required',
    required: false,
    what: 'license letters separated by ;',
    example: 'LCSW;LICSW',
  },
  {
    name: 'certifications_preferred',
    required: false,
    what: 'certifications separated by ;',
    example: 'CCM',
  },
  {
    name: 'description',
    required: true,
    what: 'the description, plain text or Markdown (HTML is turned into text), 50 characters or more',
    example: 'Coordinate care for ...',
  },
  {
    name: 'date_posted',
    required: true,
    what: 'day first advertised, YYYY-MM-DD',
    example: '2026-11-20',
  },
  {
    name: 'valid_through',
    required: true,
    what: 'last day to apply, YYYY-MM-DD',
    example: '2027-01-15',
  },
  {
    name: 'apply_url',
    required: false,
    what: 'application link, http(s); apply_url or apply_email is needed',
    example: 'https://acme.example.org/jobs/2041',
  },
  {
    name: 'apply_email',
    required: false,
    what: 'application email address',
    example: 'jobs@acme.example.org',
  },
  {
    name: 'source_url',
    required: false,
    what: 'the posting’s page in your system, http(s)',
    example: 'https://ats.example.com/acme/2041',
  },
];

/** The column table as Markdown (README) or as aligned text (--help). */
export function columnTable(format: 'markdown' | 'text'): string {
  if (format === 'markdown') {
    return [
      '| Column | Required | What to write | Example |',
      '| --- | --- | --- | --- |',
      ...ATS_COLUMNS.map(
        (c) => `| \`${c.name}\` | ${c.required ? 'yes' : 'no'} | ${c.what} | \`${c.example}\` |`,
      ),
    ].join('\n');
  }
  const width = Math.max(...ATS_COLUMNS.map((c) => c.name.length)) + 2;
  return ATS_COLUMNS.map(
    (c) =>
      `  ${c.name.padEnd(width)}${c.required ? 'required  ' : 'optional  '}${c.what} (e.g. ${c.example})`,
  ).join('\n');
}
