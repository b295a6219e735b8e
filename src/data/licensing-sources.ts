import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { sourceIdsIn } from '#src/lib/sources/citations.ts';
import { stateSourceItems, type StateSourceItem } from '#src/lib/sources/by-state.ts';

export interface StateSources {
  state: CollectionEntry<'states'>['data'];
  items: (StateSourceItem & { entry: CollectionEntry<'sources'> })[];
}

let cache: Promise<StateSources[]> | undefined;

/**
 * Every jurisdiction (A–Z) with the sources its licensing record cites, read once per build from the states and
 * sources collections; each source is described on the page of the first state that cites it.
 */
export function licensingSourcesOnce(): Promise<StateSources[]> {
  return (cache ??= (async () => {
    const states = (await getCollection('states')).sort((a, b) =>
      a.data.name.localeCompare(b.data.name),
    );
    const cited = states.map((s) => ({ name: s.data.name, ids: sourceIdsIn(s.data) }));
    const items = stateSourceItems(cited);
    const entries = new Map(
      (
        await getEntries(
          [...new Set(cited.flatMap((c) => c.ids))].map((id) => ({
            collection: 'sources' as const,
            id,
          })),
        )
      ).map((e) => [e.id, e]),
    );
    return states.map((s) => ({
      state: s.data,
      items: items.get(s.data.name)!.map((it) => ({ ...it, entry: entries.get(it.id)! })),
    }));
  })());
}
