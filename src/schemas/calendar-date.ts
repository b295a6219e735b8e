import { z } from 'astro/zod';

/** "2026-02-30" is not a day: check the calendar, not just the pattern (Date rolls it over to March 2). */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A day: a Date (YAML's unquoted 2026-11-20), or text starting with a real calendar day (YYYY-MM-DD, optionally
 * followed by a time). Impossible days such as 2026-02-30 are refused instead of rolling over to March.
 */
export const calendarDate = () =>
  z
    .union([
      z.date(),
      z
        .string()
        .trim()
        .refine((s) => isCalendarDay(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), {
          error: (i) =>
            `"${String(i.input)}" is not a day in the calendar. Write a real date as YYYY-MM-DD, e.g. 2026-11-20.`,
        }),
    ])
    .pipe(z.coerce.date());
