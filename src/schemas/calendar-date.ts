import { z } from 'astro/zod';
import { isCalendarDay } from './calendar-day.ts';

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
