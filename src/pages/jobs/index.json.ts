import type { APIRoute } from 'astro';
import { jobsOnce } from '#src/data/jobs.ts';
import { summarise } from '#src/lib/jobs/summary.ts';

/** The compact index of open postings the /jobs/ filters load (see JobSummary for the short keys). */
export const GET: APIRoute = async () => {
  const { open } = await jobsOnce();
  return new Response(JSON.stringify(open.map((e) => summarise(e.data))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
