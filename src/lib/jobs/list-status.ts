/**
 * The status line above the filtered job list (announced to screen readers). With no open postings at all and no
 * filter set, it says so plainly: "Try removing one" would send the visitor after filters that are not there.
 */
export function listStatus(o: {
  /** Postings that pass the filters. */
  matched: number;
  /** Of those, how many are on screen. */
  shown: number;
  /** Open postings before filtering. */
  total: number;
  /** Whether any filter is set. */
  filtered: boolean;
}): string {
  if (o.matched === 0)
    return o.filtered && o.total > 0
      ? 'No open jobs match these filters. Try removing one.'
      : 'There are no open jobs right now. Check back soon.';
  return `Showing ${o.shown} of ${o.matched} open ${o.matched === 1 ? 'job' : 'jobs'}.`;
}
