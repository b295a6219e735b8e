import type { APIRoute } from 'astro';
import { jobsOnce } from '../../lib/jobs/collection';
import { jobsRss } from '../../lib/jobs/rss';
import { FEED_SIZE } from '../../lib/jobs/feed-items';

/** RSS feed of the newest open postings. */
export const GET: APIRoute = async ({ site }) => {
  const { open } = await jobsOnce();
  return jobsRss({ site, title: 'Clinical case manager jobs', description: 'Open clinical case manager jobs, newest first.', jobs: open.slice(0, FEED_SIZE).map((e) => e.data) });
};
