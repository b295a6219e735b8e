import { describe, expect, it } from 'vitest';
import { jobSchema } from '#src/schemas/job.ts';
import { isOpen } from '#src/lib/jobs/as-of.ts';
import { syntheticJobs } from '../../scripts/bench/synthetic-jobs';

/** The benchmark's synthetic postings must be valid, open on the pinned day, varied and repeatable. */
describe('synthetic job postings for the benchmark', () => {
  const asOf = new Date('2026-11-23T00:00:00Z');
  const jobs = syntheticJobs(600, asOf);

  it('are all valid against the job schema and open on the pinned day', () => {
    for (const job of jobs) {
      const parsed = jobSchema.safeParse(job);
      expect(
        parsed.success,
        `${job.id}: ${parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      ).toBe(true);
      expect(isOpen(parsed.data!, asOf), job.id).toBe(true);
    }
  });

  it('vary across states, settings, employment types, pay and remote work', () => {
    const parsed = jobs.map((j) => jobSchema.parse(j));
    expect(new Set(parsed.map((j) => j.location?.state ?? j.remote)).size).toBeGreaterThanOrEqual(
      51,
    );
    expect(new Set(parsed.map((j) => j.setting)).size).toBe(8);
    expect(new Set(parsed.map((j) => j.employmentType)).size).toBe(6);
    expect(
      parsed.some((j) => !j.pay) &&
        parsed.some((j) => j.pay?.per === 'hour') &&
        parsed.some((j) => j.pay?.per === 'year'),
    ).toBe(true);
    expect(
      parsed.some((j) => j.remote?.eligible === 'US') &&
        parsed.some((j) => Array.isArray(j.remote?.eligible)) &&
        parsed.some((j) => j.remote && !j.location),
    ).toBe(true);
    expect(new Set(parsed.map((j) => j.id)).size).toBe(parsed.length);
  });

  it('are the same on every run', () => {
    expect(syntheticJobs(50, asOf)).toEqual(syntheticJobs(50, asOf));
  });
});
