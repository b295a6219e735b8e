/*
 * The one calendar-day check, free of zod so browser code (the forms) can use it as cheaply as the schemas do.
 * A real day written as YYYY-MM-DD, which is also what <input type="date"> gives.
 */

/** "2026-02-30" is not a day: check the calendar, not just the pattern (Date rolls it over to March 2). */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
