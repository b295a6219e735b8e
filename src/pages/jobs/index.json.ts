import type { APIRoute } from 'astro';
import { jobsOnce } from '../../lib/jobs/collection';
import { summarise } from '../../lib/jobs/summary';

/** The compact index of open postings the /jobs/ filters load (see JobSummary for the short keys). */
export const GET: APIRoute = async () => {
  const { open } = await jobsOnce();
  return new Response(JSON.stringify(open.map((e) => summarise(e.data))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
