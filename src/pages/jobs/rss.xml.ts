import type { APIRoute } from 'astro';
import { jobsOnce } from '#src/data/jobs.ts';
import { jobsRss } from '#src/lib/jobs/rss.ts';
import { FEED_SIZE } from '#src/lib/jobs/feed-items.ts';

/** RSS feed of the newest open postings (never the example postings). */
export const GET: APIRoute = async ({ site }) => {
  const { openReal } = await jobsOnce();
  return jobsRss({
    site,
    title: 'Clinical case manager jobs',
    description: 'Open clinical case manager jobs, newest first.',
    jobs: openReal.slice(0, FEED_SIZE).map((e) => e.data),
  });
};
