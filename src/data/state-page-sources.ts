import { getEntries } from 'astro:content';
import type { StateRules } from '#src/schemas/state.ts';
import { numberedRefs, statePageSourceIds } from '#src/lib/sources/state-page.ts';

/** The sources a state's licensing page cites, read from the sources collection, and their numbered list by id. */
export async function statePageSources(state: StateRules) {
  const sources = await getEntries(
    statePageSourceIds(state).map((id) => ({ collection: 'sources' as const, id })),
  );
  return { sources, refs: numberedRefs(sources) };
}
