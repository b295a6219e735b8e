import type { APIRoute } from 'astro';
import { jobsOnce } from '#src/data/jobs.ts';
import { jobsRss } from '#src/lib/jobs/rss.ts';
import { FEED_SIZE } from '#src/lib/jobs/feed-items.ts';

/** RSS feed of the newest open postings. */
export const GET: APIRoute = async ({ site }) => {
  const { open } = await jobsOnce();
  return jobsRss({
    site,
    title: 'Clinical case manager jobs',
    description: 'Open clinical case manager jobs, newest first.',
    jobs: open.slice(0, FEED_SIZE).map((e) => e.data),
  });
};
