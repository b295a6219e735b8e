import { writeSearchParams } from './params';
import { writeView } from '../jobs/url-state.ts';

/** What Pagefind gives back for one result, as far as the site uses it. */
export interface PagefindResult {
  url: string;
  /** Page text around the match, HTML-escaped by Pagefind, with only <mark> added around matched words. */
  excerpt: string;
  meta: Record<string, string>;
}

/** "1 result", "12 results". */
export const resultCount = (n: number): string => `${n} ${n === 1 ? 'result' : 'results'}`;

/** The link text of a result: the page's title, or its address when Pagefind found none. */
export const resultTitle = (r: PagefindResult): string => r.meta.title || r.url;

/** The tags under a result's title: its content type and, on state pages, the state ("Licensing · Texas"). */
export const resultTags = (r: PagefindResult): string =>
  [r.meta.type, r.meta.state].filter(Boolean).join(' · ');

/** The search page's status line after a query. */
export function pageStatus(total: number, q: string, shown: number): string {
  return `${resultCount(total)} for “${q}”${total > shown ? `, showing the first ${shown}` : ''}.`;
}

/** What the header search announces after a query: how many results, and how many the popup lists. */
export function popupStatus(total: number, shown: number): string {
  if (total === 0) return 'No results';
  return total > shown ? `${resultCount(total)}, top ${shown} shown` : resultCount(total);
}

/** The search page address with a query, e.g. searchPageHref('/ccm/search/', 'LCSW') -> '/ccm/search/?q=LCSW'. */
export const searchPageHref = (searchPage: string, q: string): string =>
  writeSearchParams(searchPage, { q, type: '', state: '' });

/**
 * The job board filtered by a query, e.g. jobsMatchingHref('/ccm/jobs/', 'lcsw texas') -> '/ccm/jobs/?q=lcsw+texas'.
 * Postings are not in the site search; the board's own filter finds them.
 */
export const jobsMatchingHref = (jobsPage: string, q: string): string =>
  `${jobsPage}${writeView({ filters: { q: q.trim() }, sort: 'date', page: 1 })}`;

/**
 * The next active option when a visitor presses an arrow key in a list of `count` options
 * (-1 means none is active). Down from the last and up from the first wrap around; up from none goes to the last.
 */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active < 0 || active >= count - 1 ? 0 : active + 1;
  return active <= 0 ? count - 1 : active - 1;
}
