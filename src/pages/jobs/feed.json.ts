import type { APIRoute } from 'astro';
import { jobsOnce } from '#src/data/jobs.ts';
import { FEED_SIZE, feedItem } from '#src/lib/jobs/feed-items.ts';
import { withBase } from '#src/lib/paths.ts';
import { SITE, SITE_NAME } from '#src/site.config.ts';

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) of the newest open postings (never the example postings). */
export const GET: APIRoute = async ({ site }) => {
  const { openReal } = await jobsOnce();
  const abs = (path: string) => new URL(withBase(path), site ?? SITE.siteUrl).href;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Clinical case manager jobs | ${SITE_NAME}`,
    home_page_url: abs('/jobs/'),
    feed_url: abs('/jobs/feed.json'),
    language: 'en-US',
    items: openReal.slice(0, FEED_SIZE).map((e) => {
      const item = feedItem(e.data);
      return {
        id: item.id,
        url: abs(item.path),
        title: item.title,
        summary: item.summary,
        content_html: item.html,
        date_published: item.date.toISOString(),
      };
    }),
  };
  return new Response(JSON.stringify(feed), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
