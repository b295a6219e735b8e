/** The content types visitors can filter search results by, in the order the filter lists them. */
export const SEARCH_TYPES = [
  'Career guide',
  'Licensing',
  'Pay and outlook',
  'Job description',
  'Job',
  'Sources',
  'Home',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The content type of a page from its site-relative path. */
export function searchTypeOf(path: string): SearchType {
  if (path === '/career/outlook/' || path.startsWith('/salary/')) return 'Pay and outlook';
  if (path.startsWith('/career/')) return 'Career guide';
  if (path.startsWith('/licensing/')) return 'Licensing';
  if (path.startsWith('/job-description/')) return 'Job description';
  if (path.startsWith('/jobs/')) return 'Job';
  if (path.startsWith('/sources/')) return 'Sources';
  return 'Home';
}

/** A value safe inside Pagefind's "key:value, key:value" attribute syntax. */
export const filterValue = (s: string): string =>
  s.replace(/[,:]/g, ' ').replace(/\s+/g, ' ').trim();
