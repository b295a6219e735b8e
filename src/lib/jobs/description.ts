import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** A Markdown parser of our own, so no global marked options leak in or out. */
const markdown = new Marked({ gfm: true, breaks: false, async: false });

const SAFE_HREF = /^(https?:|mailto:)/i;

/** The HTML a job description may use: text structure, emphasis and links. Nothing else survives. */
const SAFE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'b',
    'i',
    'a',
    'h3',
    'h4',
    'blockquote',
    'code',
  ],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  // Headings in a posting sit under the page's own h2s, so # and ## become h3.
  transformTags: {
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    // A link keeps its address only when it is http(s) or mailto; otherwise it loses the address and is unwrapped below.
    a: (tagName, attribs): sanitizeHtml.Tag => ({
      tagName,
      attribs: SAFE_HREF.test(attribs.href ?? '')
        ? { href: attribs.href, rel: 'nofollow noopener' }
        : {},
    }),
  },
};

/**
 * A posting's Markdown as safe HTML. Raw HTML in the Markdown is shown as text (escaped), links keep
 * only http(s) and mailto addresses, and no attribute other than href survives.
 */
export function descriptionHtml(md: string): string {
  const html = markdown.parse(md) as string;
  // Links whose address was unsafe are left as their text (an <a> without href carries no meaning).
  return sanitizeHtml(html, SAFE)
    .replace(/<a>([\s\S]*?)<\/a>/g, '$1')
    .trim();
}

/** The description as plain text (for feeds' summaries and meta descriptions), cut at a word near `max`. */
export function descriptionText(md: string, max = 300): string {
  const text = sanitizeHtml(markdown.parse(md) as string, {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
