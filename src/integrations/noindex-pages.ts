import { isNoindexHtml } from '#src/lib/site/noindex.ts';
import type { BuiltPageReader } from './pagefind-index.ts';

/**
 * What the sitemap leaves out: every built page that is noindex (closed and example postings, state job lists
 * without real postings, the search page, redirect pages, the 404 page), noted while the Pagefind pass reads each
 * page (pagefindIndex's readers), so the page itself decides and nothing is read twice. It used to be worked out
 * from the job postings' YAML when the config loaded: 32–37 s of start-up at 50,000 postings.
 * `base` is the site's base path ("/" or "/ccm/").
 */
export function noindexPages(base: string): {
  reader: BuiltPageReader;
  inSitemap: (page: string) => boolean;
} {
  const baseSlash = base.endsWith('/') ? base : `${base}/`;
  const noindex = new Set<string>();
  let read = false;
  return {
    reader: {
      page: (url, html) => {
        if (isNoindexHtml(html)) noindex.add(url);
      },
      done: () => {
        read = true;
      },
    },
    inSitemap: (page) => {
      if (!read)
        throw new Error(
          'The sitemap was written before the built pages were read, so it cannot leave out the noindex ones. In astro.config.mjs, list pagefindIndex() before sitemap() in integrations.',
        );
      const path = new URL(page).pathname;
      const rel = path.startsWith(baseSlash) ? `/${path.slice(baseSlash.length)}` : path;
      return !noindex.has(rel);
    },
  };
}
