import { isCalendarDay } from '#src/schemas/calendar-day.ts';

/**
 * The day the board is built "as of". Postings whose validThrough is before this day are closed.
 * JOBS_AS_OF=YYYY-MM-DD pins it (tests, benchmarks, reproducible builds); otherwise it is today, in UTC.
 */
export function jobsAsOf(
  env: Record<string, string | undefined> = process.env,
  now: Date = new Date(),
): Date {
  const pinned = env.JOBS_AS_OF;
  if (pinned) {
    if (!isCalendarDay(pinned)) {
      throw new Error(
        `JOBS_AS_OF="${pinned}" is not a date. Use the form YYYY-MM-DD, e.g. JOBS_AS_OF=2026-11-23.`,
      );
    }
    return new Date(`${pinned}T00:00:00Z`);
  }
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Midnight UTC of a date's day. */
const dayStart = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/**
 * A posting dated in the future is a scheduled posting: it is held (no page, in no list, feed, sitemap or
 * JSON-LD) until its datePosted day.
 */
export function isPublished(job: { datePosted: Date }, asOf: Date): boolean {
  return dayStart(job.datePosted) <= asOf.getTime();
}

/**
 * A posting is open from its datePosted day through the whole of its validThrough day, and closed from the next
 * day.
 */
export function isOpen(job: { datePosted: Date; validThrough: Date }, asOf: Date): boolean {
  return isPublished(job, asOf) && dayStart(job.validThrough) >= asOf.getTime();
}
