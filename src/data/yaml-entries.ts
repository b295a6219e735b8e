import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isCalendarDay } from '#src/schemas/calendar-day.ts';

/**
 * The id of a YAML collection entry (its file name without the extension, as Astro's default), after two checks the
 * content layer does not make, so a bad file fails the build with its name and the fix:
 * - an empty or comment-only file (Astro crashed with "Cannot read properties of undefined (reading 'slug')");
 * - an impossible date written without quotes ("datePosted: 2026-02-30"), which the YAML reader rolls over to
 *   March 2 before any schema sees it. Such a file is read again as text to find the value as written.
 */
export function checkedEntryId({
  entry,
  base,
  data,
}: {
  entry: string;
  base: URL;
  data: Record<string, unknown> | null | undefined;
}): string {
  const file = fileURLToPath(new URL(entry, base));
  if (data == null || typeof data !== 'object')
    throw new Error(
      `${file} is empty (or holds only comments). Fill in its fields (see the other files in the folder for the form) or delete the file.`,
    );
  if (hasDate(data)) {
    const text = readFileSync(file, 'utf8');
    // Both groups are required, so m[1] and m[2] are set on every match.
    for (const m of text.matchAll(/^[ \t-]*([\w.-]+):[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*(?:#.*)?$/gm)) {
      if (!isCalendarDay(m[2]!))
        throw new Error(
          `${file}: field "${m[1]}" is ${m[2]}, which is not a day in the calendar. Write a real date as YYYY-MM-DD.`,
        );
    }
  }
  return entry.replace(/\.ya?ml$/, '');
}

/** Whether the parsed data holds a Date anywhere (only then can a rolled-over date hide in it). */
function hasDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(hasDate);
  if (value && typeof value === 'object') return Object.values(value).some(hasDate);
  return false;
}
