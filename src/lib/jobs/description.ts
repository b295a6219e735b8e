import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * A Markdown parser of our own, so no global marked options leak in or out. An image shows as its alt text: a
 * posting may not load images from elsewhere (and the page's CSP would block them), and the sanitizer would
 * otherwise show the tag itself as the literal text "<img />".
 */
const markdown = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: { image: ({ text }) => escapeHtml(text) },
});

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The address a link may keep, or undefined: http(s) without a user name or password (https://user:pass@host
 * disguises where a link goes), and mailto with the address only (?bcc=, &cc= and &body= can copy a reply to
 * someone else or prefill a message the applicant did not write).
 */
export function safeHref(href: string | undefined): string | undefined {
  const h = (href ?? '').trim();
  if (/^mailto:/i.test(h)) {
    const address = h.slice(7).replace(/\?.*$/s, '');
    return /^[^\s@?&]+@[^\s@?&]+$/.test(address) ? `mailto:${address}` : undefined;
  }
  if (!/^https?:/i.test(h)) return undefined;
  try {
    const url = new URL(h);
    return url.username || url.password ? undefined : h;
  } catch {
    return undefined;
  }
}

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
    // A link keeps a safe address only (see safeHref); otherwise it loses the address and is unwrapped below.
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = safeHref(attribs.href);
      return { tagName, attribs: href ? { href, rel: 'nofollow noopener' } : {} };
    },
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
