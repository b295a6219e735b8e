/**
 * Text as a lower-case slug of ASCII letters, digits and hyphens, at most `max` characters: accents are dropped
 * ("Réq #12/ä" -> "req-12-a"), every other run of characters becomes one hyphen, and no hyphen starts or ends it.
 * The one slug rule for ids, page paths and file names.
 */
export function slugify(s: string, max = 80): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
