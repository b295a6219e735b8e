import type { APIRoute } from 'astro';
import { jobsOnce } from '../../lib/jobs/collection';
import { jobsRss } from '../../lib/jobs/rss';

/** RSS feed of every open posting. */
export const GET: APIRoute = async ({ site }) => {
  const { open } = await jobsOnce();
  return jobsRss({ site, title: 'Clinical case manager jobs', description: 'Open clinical case manager jobs, newest first.', jobs: open.map((e) => e.data) });
};
