/** Elements whose text a reader sees apart from the next element's, though Pagefind joins them. */
const BLOCK_ENDS =
  /<\/(?:dt|dd|td|th|li|p|div|h[1-6]|caption|summary|figcaption|label|legend|section|article|header|footer|blockquote|pre|tr)>|<br\s*\/?>/gi;

/**
 * The page's HTML for the search index, with a space after every block's end, so headings, terms and table
 * cells keep their spaces in result excerpts ("Clinical license LCSW", not "Clinical licenseLCSW").
 * Only whitespace is added, so the page's text and structure are otherwise unchanged.
 */
export const spacedForIndex = (html: string): string => html.replace(BLOCK_ENDS, '$& ');

/**
 * Whether a built page marks a body for the search index. Once any page does, Pagefind indexes only those
 * pages, so the rest (every job posting, the job list pages after the first, noindex pages) need not be sent
 * to it at all: with tens of thousands of postings, handing each one over only for Pagefind to skip it was
 * most of the search step. A page that merely mentions the attribute is still sent; Pagefind decides.
 */
export const marksSearchBody = (html: string): boolean => html.includes('data-pagefind-body');
