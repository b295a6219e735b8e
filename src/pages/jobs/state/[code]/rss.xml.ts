import type { APIRoute } from 'astro';
import { openJobsByStateOnce } from '#src/data/jobs.ts';
import { jobsRss } from '#src/lib/jobs/rss.ts';
import { FEED_SIZE } from '#src/lib/jobs/feed-items.ts';
import { STATE_CODES, US_STATES } from '#src/schemas/vocabulary/us-states.ts';

/** One RSS feed per jurisdiction (its newest postings, never examples), with remote jobs open to it. */
export const getStaticPaths = () =>
  STATE_CODES.map((code) => ({ params: { code: code.toLowerCase() }, props: { code } }));

export const GET: APIRoute = async ({ site, props }) => {
  const code = props.code as keyof typeof US_STATES;
  const jobs = ((await openJobsByStateOnce()).get(code) ?? [])
    .filter((e) => !e.data.example)
    .slice(0, FEED_SIZE)
    .map((e) => e.data);
  return jobsRss({
    site,
    title: `Clinical case manager jobs in ${US_STATES[code]}`,
    description: `Open clinical case manager jobs in ${US_STATES[code]}, including remote jobs open to people there.`,
    jobs,
  });
};
