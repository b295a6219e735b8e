/** A source entry as the /sources/ list needs it. */
interface ListedSource<K extends string> {
  id: string;
  data: { kind: K; publisher: string; title: string };
}

/**
 * True for a source cited only by state licensing pages: those are listed on /sources/licensing/, grouped by
 * state, not on /sources/. A source nothing cites stays on /sources/.
 */
export const isStateOnly = (backs: { href: string }[] = []): boolean =>
  backs.length > 0 && backs.every((b) => b.href.startsWith('/licensing/'));

/**
 * The /sources/ page's list: every source not cited only by state licensing pages, grouped by kind in the order
 * of `kinds` (empty kinds left out), A–Z by publisher then title within a kind; and how many were left to the
 * state-by-state pages.
 */
export function sourceListGroups<K extends string, S extends ListedSource<K>>(
  all: S[],
  backs: Map<string, { href: string }[]>,
  kinds: readonly K[],
): { listed: number; stateOnly: number; groups: { kind: K; items: S[] }[] } {
  const sources = all.filter((s) => !isStateOnly(backs.get(s.id)));
  const groups = kinds
    .map((kind) => ({
      kind,
      items: sources
        .filter((s) => s.data.kind === kind)
        .sort(
          (a, b) =>
            a.data.publisher.localeCompare(b.data.publisher) ||
            a.data.title.localeCompare(b.data.title),
        ),
    }))
    .filter((g) => g.items.length > 0);
  return { listed: sources.length, stateOnly: all.length - sources.length, groups };
}
