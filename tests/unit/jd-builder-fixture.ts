import type { BuilderData } from '#src/lib/job-descriptions/builder/types.ts';

/** A small builder data set: two variants, two states, certifications and pay. */
export const data: BuilderData = {
  variants: [
    {
      id: 'general',
      setting: 'General',
      jobTitle: 'Clinical Case Manager',
      summary: '[Organization] is hiring a clinical case manager.',
      workingConditions: 'Office and home visits.',
      duties: [
        { id: 'assess-needs', text: 'Assess needs.' },
        { id: 'plan-care', text: 'Plan care.' },
        { id: 'keep-records', text: 'Keep records.' },
      ],
      skills: [{ id: 'empathy', text: 'Empathetic.' }],
      qualifications: [
        { id: 'bachelors', text: "Bachelor's degree", kind: 'education', usually: 'required' },
        { id: 'state-license', text: 'State license', kind: 'license', usually: 'depends' },
        {
          id: 'case-management-certification',
          text: 'Case management certification',
          kind: 'certification',
          usually: 'preferred',
        },
      ],
    },
    {
      id: 'nurse',
      setting: 'Nurse',
      jobTitle: 'Nurse Case Manager',
      summary: 'Nurse summary.',
      workingConditions: 'Hospital.',
      duties: [{ id: 'coordinate-care', text: 'Coordinate care.' }],
      skills: [{ id: 'medical-knowledge', text: 'Medical knowledge.' }],
      qualifications: [
        { id: 'rn-license', text: 'RN license', kind: 'license', usually: 'required' },
      ],
    },
  ],
  states: [
    {
      code: 'MA',
      name: 'Massachusetts',
      clinicalAbbr: 'LICSW',
      tiers: [
        { abbr: 'LSW', title: 'Licensed Social Worker', level: 'bachelor' },
        { abbr: 'LICSW', title: 'Licensed Independent Clinical Social Worker', level: 'clinical' },
      ],
    },
    {
      code: 'NY',
      name: 'New York',
      clinicalAbbr: 'LCSW',
      tiers: [{ abbr: 'LCSW', title: 'Licensed Clinical Social Worker', level: 'clinical' }],
    },
  ],
  certifications: [
    { abbr: 'CCM', name: 'Certified Case Manager' },
    { abbr: 'ACM', name: 'Accredited Case Manager (ACM-RN or ACM-SW)' },
  ],
  pay: {
    national: {
      source: {
        publisher: 'U.S. Bureau of Labor Statistics',
        label: 'BLS OEWS, May 2025',
        href: 'https://example.org/n',
        period: 'May 2025',
      },
      rows: [
        {
          soc: '21-1022',
          title: 'Healthcare Social Workers',
          p25: 50000,
          median: 60000,
          p75: 70000,
        },
      ],
    },
    state: {
      source: {
        publisher: 'U.S. Bureau of Labor Statistics',
        label: 'BLS OEWS by state, May 2023',
        href: 'https://example.org/s',
        period: 'May 2023',
      },
      rows: { MA: [{ soc: '21-1022', title: 'Healthcare Social Workers', mean: 80000 }] },
    },
  },
};

/** Text that must stay inert everywhere. */
export const HOSTILE =
  '</script><script>alert(1)</script><img src=x onerror=alert(1)> "quotes" \'single\' & [link](javascript:x) # h';
export const ARABIC = 'مدير حالات سريرية';
export const HEBREW = 'מנהל תיקים קליני';
export const EMOJI = 'Care 🤝 team 👩🏽‍⚕️';
export const LONG = 'x'.repeat(10_000);
