/**
 * Text hygiene for imported postings. Sources hand us HTML, stray control characters and markup in titles; the site
 * wants one-line plain text for short fields and Markdown without raw HTML for descriptions.
 *
 * HTML is read by htmlparser2 (the parser sanitize-html uses) and entities are decoded by `entities` (the complete
 * HTML entity table, as browsers decode it), not by hand-written patterns: an untrusted file may hold any tag,
 * comment, CDATA section or entity, and a parser meets them the way a browser would.
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

/** Decode every HTML entity (named, decimal, hexadecimal), as a browser would. */
export const decodeEntities = (s: string): string => decodeHTML(s);

/** Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they reverse text. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Remove control characters (keeping line breaks and tabs when `keepBreaks`) and bidirectional controls, and
 * normalize line endings.
 */
export function stripControl(s: string, keepBreaks = false): string {
  const t = s.replace(/\r\n?/g, '\n').replace(BIDI_CONTROLS, '');
  /* eslint-disable no-control-regex -- control characters are what these patterns remove */
  return keepBreaks
    ? t.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '')
    : t.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  /* eslint-enable no-control-regex */
}

/** Elements whose content is never text for a reader. */
const SKIP = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'template',
  'noscript',
  'svg',
  'math',
  'head',
  'title',
  'select',
  'textarea',
]);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'tr',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'pre',
  'hr',
]);
/** Elements inside a word ("re<b>ad</b>" is one word); any other tag separates words. */
const INLINE = new Set([
  'b',
  'i',
  'em',
  'strong',
  'u',
  's',
  'span',
  'a',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'code',
]);

/**
 * The text of an HTML fragment as a browser would show it: tags removed, script-like bodies dropped, entities
 * decoded. `structure` keeps paragraphs ("\n\n"), line breaks and list items ("\n- ").
 */
function textOf(html: string, structure: boolean): string {
  let out = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        if (skipping) return;
        if (!structure) out += INLINE.has(name) ? '' : ' ';
        else if (name === 'br') out += '\n';
        else if (name === 'li') out += '\n- ';
        else if (BLOCK.has(name)) out += '\n\n';
        else if (!INLINE.has(name)) out += ' ';
      },
      onclosetag(name, implied) {
        if (SKIP.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping || implied) return;
        if (structure && BLOCK.has(name)) out += '\n\n';
        else if (!INLINE.has(name) && name !== 'br' && name !== 'li') out += ' ';
      },
      ontext(text) {
        if (!skipping) out += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

/**
 * HTML (or text that may hold HTML) to plain Markdown text: paragraphs and line breaks kept, list items become
 * "- " bullets, script and style bodies dropped, every other tag removed, entities decoded. Whatever `<` or `>`
 * is left after decoding is escaped, so the result never carries markup through.
 */
export function htmlToText(input: string): string {
  const s = escapeAngles(stripControl(textOf(stripControl(input, true), true), true));
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
  const s = stripControl(textOf(stripControl(String(input), false), false), false);
  return s.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim();
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * `text` cut to at most `max` characters (UTF-16 code units, as the schema counts them) with an ellipsis: at the
 * last space when one falls in the second half, else between two characters as a reader sees them (never inside
 * an emoji or an accented letter). Text that fits is returned unchanged.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  const space = out.search(/\s\S*$/);
  if (space >= max / 2) out = out.slice(0, space);
  return `${out.trimEnd()}…`;
}
