import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { jobSchema } from '#src/schemas/job.ts';
import { boardJobPosting } from '#src/lib/jsonld/board-job.ts';

const job = jobSchema.parse(
  parse(readFileSync('content/jobs/example-boston-hospital-licsw.yaml', 'utf8')),
);

describe('a board posting as JobPosting structured data', () => {
  const data = boardJobPosting(job);

  it('carries the posting file’s fields, mapped to schema.org names and values', () => {
    expect(data).toMatchObject({
      '@type': 'JobPosting',
      title: 'Clinical Case Manager, Inpatient Medicine',
      datePosted: '2026-11-16',
      validThrough: '2027-01-31T23:59:59Z',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        name: 'Example General Hospital',
        sameAs: 'https://example-general-hospital.example.org/',
      },
      jobLocation: { address: { addressLocality: 'Boston', addressRegion: 'MA' } },
      baseSalary: { value: { minValue: 78000, maxValue: 92000, unitText: 'YEAR' } },
      identifier: { name: 'Example General Hospital', value: 'example-boston-hospital-licsw' },
      directApply: false,
    });
  });

  it('gives the description as the rendered HTML, not the Markdown', () => {
    expect(data.description).toContain('<strong>What you will do</strong>');
    expect(data.description).toContain('<li>Assess needs within one day of admission');
    expect(data.description).not.toContain('**');
  });
});
