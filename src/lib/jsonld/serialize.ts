/** A crumb in a trail: its name and its absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** schema.org BreadcrumbList for a trail of pages, home first. */
export function breadcrumbList(crumbs: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.url,
    })),
  };
}

/**
 * Serialize structured data for a <script type="application/ld+json"> block. "<", ">" and "&" are
 * written as Unicode escapes so no value can close the script element or open a comment, and
 * U+2028/U+2029 are escaped for old JavaScript parsers. The JSON stays equivalent.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Structured data for a person to read and paste: indented two spaces, and escaped only where the HTML
 * tokenizer would otherwise end the script element or enter its escaped state, i.e. "<" as \u003c where it
 * starts "</script" or "<!--" (any case). Every other character stays as written; the JSON stays equivalent.
 */
export function readableJsonLd(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/<(?=\/script|!--)/gi, '\\u003c');
}
