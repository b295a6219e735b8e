import type { APIRoute } from 'astro';
import { jobsOnce } from '#src/data/jobs.ts';
import { encodeJobSummary } from '#src/lib/jobs/summary.ts';

/** The compact index of open postings the /jobs/ filters load in its compact JSON form (JobSummaryJson: one-letter keys). */
export const GET: APIRoute = async () => {
  const { openSummaries } = await jobsOnce();
  return new Response(JSON.stringify(openSummaries.map(encodeJobSummary)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
