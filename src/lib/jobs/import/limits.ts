import { shorten } from './text.ts';

/** The schema's length limits for the fields an importer shortens instead of rejecting (src/schemas/job.ts). */
export const LIMITS = { title: 120, description: 20_000 } as const;

/**
 * `text` shortened to the schema's limit for `field` (at a word boundary, with an ellipsis), with a note saying so;
 * text that fits is returned unchanged. Both importers use it, so a long field is treated alike whatever its source.
 */
export function fitTo(field: keyof typeof LIMITS, text: string, notes: string[]): string {
  const max = LIMITS[field];
  if (text.length <= max) return text;
  notes.push(
    `${field} shortened to ${max} characters (it had ${text.length}); the full text is in the source`,
  );
  return shorten(text, max);
}
