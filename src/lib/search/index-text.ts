/** Elements whose text a reader sees apart from the next element's, though Pagefind joins them. */
const BLOCK_ENDS =
  /<\/(?:dt|dd|td|th|li|p|div|h[1-6]|caption|summary|figcaption|label|legend|section|article|header|footer|blockquote|pre|tr)>|<br\s*\/?>/gi;

/**
 * The page's HTML for the search index, with a space after every block's end, so headings, terms and table
 * cells keep their spaces in result excerpts ("Clinical license LCSW", not "Clinical licenseLCSW").
 * Only whitespace is added, so the page's text and structure are otherwise unchanged.
 */
export const spacedForIndex = (html: string): string => html.replace(BLOCK_ENDS, '$& ');
