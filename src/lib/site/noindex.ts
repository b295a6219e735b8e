/**
 * Whether a built page asks search engines not to index it: a robots meta tag in its head whose content names
 * noindex. The sitemap leaves such pages out (closed and example postings, state job lists without real postings,
 * the search page, redirect pages, the 404 page), so the page itself is the one place that decides.
 */
export function isNoindexHtml(html: string): boolean {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi))
    if (
      /\bname\s*=\s*["']?robots["'\s/>]/i.test(tag) &&
      /\bcontent\s*=\s*["'][^"']*\bnoindex\b/i.test(tag)
    )
      return true;
  return false;
}
