import { stateSlug } from '../geo/state-slug.ts';

/** The page listing one jurisdiction's licensing sources. */
export const stateSourcesHref = (name: string): string => `/sources/licensing/${stateSlug(name)}/`;

/** A state and the source ids its licensing record cites, in first-seen order. */
export interface StateCitations {
  name: string;
  ids: string[];
}

/** One source on a state's page: described there, or described on the page of the first state that cites it. */
export interface StateSourceItem {
  id: string;
  /** Every state that cites it, in the order given. */
  citedBy: string[];
  /** Undefined when this page describes the source; else the page (path and state name) that does. */
  describedOn?: { href: string; name: string };
}

/**
 * Each state's sources for the per-state pages: a source shared by several states is described once, on the
 * page of the first state (in the order given) that cites it, and the others link there, so every source has
 * exactly one home and one anchor.
 */
export function stateSourceItems(states: StateCitations[]): Map<string, StateSourceItem[]> {
  const citedBy = new Map<string, string[]>();
  for (const s of states)
    for (const id of s.ids) citedBy.set(id, [...(citedBy.get(id) ?? []), s.name]);
  return new Map(
    states.map((s) => [
      s.name,
      s.ids.map((id) => {
        const by = citedBy.get(id)!;
        const [home = s.name] = by; // by lists s itself, so it is never empty
        return home === s.name
          ? { id, citedBy: by }
          : { id, citedBy: by, describedOn: { href: stateSourcesHref(home), name: home } };
      }),
    ]),
  );
}
