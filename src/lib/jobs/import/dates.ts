import { isCalendarDay } from '#src/schemas/calendar-day.ts';

/** The YYYY-MM-DD day at the start of an ISO timestamp ("2024-06-04T00:00:00.0000"), or undefined. */
export function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const day = value.trim().slice(0, 10);
  return isCalendarDay(day) ? day : undefined;
}
