/** The id of a page's numbered note for a source, the anchor its "[n]" citations link to. */
export const noteAnchor = (sourceId: string): string => `source-note-${sourceId}`;

/**
 * The note numbers of the cited sources on a page whose notes are `order` (1-based), or undefined when a
 * source is not among them (the citation then falls back to an inline one).
 */
export function noteNumbers(order: readonly string[] | undefined, ids: readonly string[]) {
  if (!order) return undefined;
  const numbers = ids.map((id) => order.indexOf(id) + 1);
  return numbers.every((n) => n > 0) ? numbers : undefined;
}
