/**
 * Text hygiene for imported postings. Sources hand us HTML, stray control characters and markup in titles; the site
 * wants one-line plain text for short fields and Markdown without raw HTML for descriptions.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
  bull: '•',
};

/** Decode the common named entities and numeric ones; unknown names are left as they are. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Remove control characters (keeping line breaks and tabs when `keepBreaks`), and normalise line endings. */
export function stripControl(s: string, keepBreaks = false): string {
  const t = s.replace(/\r\n?/g, '\n');
  /* eslint-disable no-control-regex -- control characters are what these patterns remove */
  return keepBreaks
    ? t.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '')
    : t.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  /* eslint-enable no-control-regex */
}

const BLOCK_END = /<\/(p|div|h[1-6]|ul|ol|table|tr|blockquote|section)\s*>/gi;

/**
 * HTML (or text that may hold HTML) to plain Markdown text: paragraphs and line breaks kept, list items become
 * "- " bullets, script and style bodies dropped, every other tag removed, entities decoded. Whatever `<` or `>`
 * is left after decoding is escaped, so the result never carries markup through.
 */
export function htmlToText(input: string): string {
  let s = stripControl(input, true);
  s = s.replace(/<(script|style|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  s = s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK_END, '\n\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '');
  s = s.replace(/<\/?[a-z!?/][^>]*>/gi, ' ');
  s = decodeEntities(s);
  s = stripControl(s, true);
  s = escapeAngles(s);
  return s
    .split('\n')
    .map((l) =>
      l
        .replace(/[ \t]+/g, ' ')
        .trimEnd()
        .replace(/^ (?!-)/, ''),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Escape angle brackets so Markdown renderers never see a tag. */
export const escapeAngles = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A one-line field (title, name, city): markup and control characters removed, spaces collapsed. */
export function oneLine(input: string | undefined | null): string {
  if (input == null) return '';
  let s = stripControl(String(input), false);
  s = s.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<\/?[a-z!?/][^>]*>/gi, ' ');
  s = stripControl(decodeEntities(s), false).replace(/[<>]/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/** A lower-case id made of letters, digits and hyphens, at most `max` characters. */
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
