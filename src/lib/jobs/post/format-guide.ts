/** The file format, as the /jobs/post/ page explains it to people who write the YAML by hand. */
import { jobToYaml } from '../job-yaml.ts';

export interface FieldGuide {
  field: string;
  required: string;
  what: string;
}

/** Every field of a posting file, in file order (see src/schemas/job.ts for the rules). */
export const FIELD_GUIDE: FieldGuide[] = [
  {
    field: 'id',
    required: 'yes',
    what: 'Lower-case letters, digits and hyphens, 3 to 80 characters. Also the file name (id.yaml) and the posting’s address.',
  },
  { field: 'title', required: 'yes', what: 'The job title, one line, 3 to 120 characters.' },
  { field: 'employer.name', required: 'yes', what: 'Who is hiring.' },
  {
    field: 'employer.url',
    required: 'no',
    what: 'The employer’s website, starting with https://.',
  },
  {
    field: 'location.city, location.state',
    required: 'unless remote',
    what: 'Where the work is. The state as its two-letter postal code, such as TX or DC.',
  },
  {
    field: 'remote.eligible',
    required: 'unless location',
    what: 'For remote work: US for anywhere in the United States, or a list of state codes.',
  },
  {
    field: 'setting',
    required: 'yes',
    what: 'hospital, behavioral-health, child-family, community, health-plan, home-health, government or other.',
  },
  {
    field: 'employmentType',
    required: 'yes',
    what: 'full-time, part-time, contract, temporary, per-diem or internship.',
  },
  {
    field: 'pay.min, pay.max, pay.per',
    required: 'no',
    what: 'Pay in US dollars: the lowest figure, the highest (leave out for one figure), and hour or year.',
  },
  {
    field: 'licenseRequired',
    required: 'no',
    what: 'Licenses an applicant must hold, by their letters: [LCSW]. Empty list [] when none.',
  },
  {
    field: 'certificationsPreferred',
    required: 'no',
    what: 'Certifications you prefer, such as [CCM].',
  },
  {
    field: 'description',
    required: 'yes',
    what: 'The description in Markdown, at least 50 characters. Raw HTML is not shown.',
  },
  {
    field: 'datePosted',
    required: 'yes',
    what: 'The day the job was first advertised, YYYY-MM-DD.',
  },
  {
    field: 'validThrough',
    required: 'yes',
    what: 'The last day to apply, YYYY-MM-DD. The posting closes by itself after it.',
  },
  {
    field: 'apply.url, apply.email',
    required: 'one of them',
    what: 'How to apply: a link starting with https://, an email address, or both.',
  },
  {
    field: 'source.name, source.id',
    required: 'yes',
    what: 'Write name: employer and the same id as above.',
  },
];

/** An illustrative posting file (made-up employer and links), to copy and change. */
export const EXAMPLE_YAML = jobToYaml({
  id: 'example-health-springfield-case-manager-2026-11',
  title: 'Clinical Case Manager (LCSW)',
  employer: { name: 'Example Health', url: 'https://example-health.example.org/' },
  location: { city: 'Springfield', state: 'IL' },
  setting: 'hospital',
  employmentType: 'full-time',
  pay: { min: 60000, max: 72000, per: 'year' },
  licenseRequired: ['LCSW'],
  certificationsPreferred: ['CCM'],
  description:
    'Plan and coordinate care for adults leaving the hospital, with the care team and community partners.\n\n- Assess needs and plan discharges\n- Follow up after discharge',
  datePosted: '2026-11-23',
  validThrough: '2027-01-15',
  apply: { url: 'https://example-health.example.org/careers/case-manager' },
  source: { name: 'employer', id: 'example-health-springfield-case-manager-2026-11' },
});
