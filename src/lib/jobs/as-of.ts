import { isCalendarDay } from '#src/schemas/calendar-date.ts';

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

/** A posting is open through the whole of its validThrough day, and closed from the next day. */
export function isOpen(job: { validThrough: Date }, asOf: Date): boolean {
  const lastDay = Date.UTC(
    job.validThrough.getUTCFullYear(),
    job.validThrough.getUTCMonth(),
    job.validThrough.getUTCDate(),
  );
  return lastDay >= asOf.getTime();
}
