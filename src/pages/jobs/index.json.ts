import type { APIRoute } from 'astro';
import { jobsOnce } from '#src/data/jobs.ts';

/** The compact index of open postings the /jobs/ filters load (see JobSummary for the short keys). */
export const GET: APIRoute = async () => {
  const { openSummaries } = await jobsOnce();
  return new Response(JSON.stringify(openSummaries), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
