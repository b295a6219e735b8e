/**
 * How long the job list's client-side filter takes over many postings: representative filter + sort runs of
 * src/lib/jobs/filter.ts (the code /jobs/ runs in the browser) over compact summaries, median and 95th percentile.
 */
import type { JobInput } from '#src/schemas/job.ts';

export interface FilterTime {
  available: boolean;
  note?: string;
  postings?: number;
  runs?: number;
  medianMs?: number;
  p95Ms?: number;
}

/** Filter and sort combinations a visitor might choose. */
const CASES: [Record<string, unknown>, 'date' | 'pay'][] = [
  [{}, 'date'],
  [{}, 'pay'],
  [{ state: 'TX' }, 'date'],
  [{ state: 'CA', setting: 'hospital' }, 'pay'],
  [{ q: 'case manager' }, 'date'],
  [{ q: 'behavioral health', state: 'NY' }, 'date'],
  [{ remote: 'remote' }, 'date'],
  [{ remote: 'onsite', type: 'full-time' }, 'pay'],
  [{ minPay: 70000 }, 'pay'],
  [{ license: 'LCSW' }, 'date'],
  [{ license: 'none', setting: 'community' }, 'date'],
  [{ q: 'rn', minPay: 60000, type: 'full-time' }, 'pay'],
  [{ state: 'FL', remote: 'remote' }, 'date'],
  [{ setting: 'behavioral-health' }, 'pay'],
  [{ q: 'northside' }, 'date'],
  [{ state: 'WA', license: 'RN' }, 'pay'],
  [{ type: 'per-diem' }, 'date'],
  [{ q: 'discharge planner', minPay: 50000 }, 'date'],
  [{ setting: 'government', state: 'GA' }, 'date'],
  [{ q: 'zzzz-no-match' }, 'date'],
];

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const v = s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  if (v === undefined) throw new Error('quantile: no samples');
  return v;
};

export async function filterTime(jobs: JobInput[]): Promise<FilterTime> {
  let filter: typeof import('#src/lib/jobs/filter.ts');
  let summary: typeof import('#src/lib/jobs/summary.ts');
  let schema: typeof import('#src/schemas/job.ts');
  try {
    filter = await import('#src/lib/jobs/filter.ts');
    summary = await import('#src/lib/jobs/summary.ts');
    schema = await import('#src/schemas/job.ts');
  } catch (e) {
    return {
      available: false,
      note: `not available: src/lib/jobs/filter.ts could not be loaded (${(e as Error).message.split('\n')[0]})`,
    };
  }
  const { US_STATES } = await import('#src/schemas/vocabulary/us-states.ts');
  const names: Record<string, string> = { ...US_STATES };
  const items = jobs.map((j) => summary.summarizeJob(schema.jobSchema.parse(j)));
  // Warm up the JIT once, as a page would have by the second keystroke.
  for (const [f, s] of CASES) filter.sortJobs(filter.filterJobs(items, f, names), s);
  const times = CASES.map(([f, s]) => {
    const t = performance.now();
    filter.sortJobs(filter.filterJobs(items, f, names), s);
    return performance.now() - t;
  });
  return {
    available: true,
    postings: items.length,
    runs: times.length,
    medianMs: +quantile(times, 0.5).toFixed(2),
    p95Ms: +quantile(times, 0.95).toFixed(2),
  };
}
