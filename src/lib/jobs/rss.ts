import rss from '@astrojs/rss';
import type { Job } from '#src/schemas/job.ts';
import { SITE, SITE_NAME } from '#src/site.config.ts';
import { withBase } from '../paths.ts';
import { feedItem } from './feed-items.ts';
import { escapeHtml } from '../text/html.ts';

/** An RSS response for a list of open postings, newest first. */
export function jobsRss(opts: {
  site: URL | undefined;
  title: string;
  description: string;
  jobs: Job[];
}) {
  return rss({
    title: `${opts.title} | ${SITE_NAME}`,
    description: opts.description,
    site: new URL(withBase('/'), opts.site ?? SITE.siteUrl).href,
    items: opts.jobs.map((job) => {
      const item = feedItem(job);
      // RSS readers render <description> as HTML, so the plain-text summary is escaped.
      return {
        title: item.title,
        link: withBase(item.path),
        pubDate: item.date,
        description: escapeHtml(item.summary),
        content: item.html,
        customData: `<guid isPermaLink="false">${item.id}</guid>`,
      };
    }),
    trailingSlash: true,
  });
}
