import type { Job } from '#src/schemas/job.ts';
import { descriptionHtml, descriptionText } from './description.ts';
import { jobHref, payLabel, placeLabel } from './present.ts';
import { escapeHtml } from '../text/html.ts';

/** How many of the newest postings a feed carries: feed readers want what is new, and a feed of every posting grows without bound (19 MB at 10,000). */
export const FEED_SIZE = 100;

/** A posting as a feed item: the same fields the RSS and JSON feeds both need (example postings never reach a feed). */
export interface FeedItem {
  id: string;
  path: string;
  title: string;
  summary: string;
  html: string;
  date: Date;
}

export function feedItem(job: Job): FeedItem {
  const facts = `${job.employer.name} · ${placeLabel(job)} · ${payLabel(job.pay)}`;
  return {
    id: job.id,
    path: jobHref(job.id),
    title: `${job.title}, ${job.employer.name}`,
    summary: `${facts}. ${descriptionText(job.description, 240)}`,
    html: `<p>${escapeHtml(facts)}</p>${descriptionHtml(job.description)}`,
    date: job.datePosted,
  };
}
