import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { jobSchema } from '#src/schemas/job.ts';
import { decodeJobSummary, encodeJobSummary, summarizeJob } from '#src/lib/jobs/summary.ts';

const job = jobSchema.parse(
  parse(readFileSync('content/jobs/example-boston-hospital-licsw.yaml', 'utf8')),
);

describe('the job index’s compact JSON', () => {
  const summary = summarizeJob(job);
  const json = encodeJobSummary(summary);

  it('uses the one-letter keys only on the wire, in a fixed order', () => {
    expect(Object.keys(json)).toEqual([
      'id',
      't',
      'e',
      'c',
      's',
      'r',
      'g',
      'y',
      'p',
      'l',
      'd',
      'x',
    ]);
    expect(json).toMatchObject({
      t: 'Clinical Case Manager, Inpatient Medicine',
      s: 'MA',
      p: [78000, 92000, 'year'],
      d: '2026-11-16',
      x: true,
    });
  });

  it('reads back as the same summary after a trip through JSON', () => {
    expect(decodeJobSummary(JSON.parse(JSON.stringify(json)))).toEqual(summary);
    const real = summarizeJob({ ...job, example: false });
    expect(encodeJobSummary(real)).not.toHaveProperty('x');
    expect(decodeJobSummary(encodeJobSummary(real))).toEqual(real);
  });
});
