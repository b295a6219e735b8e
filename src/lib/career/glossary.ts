import { abbrId, stateHref } from '../geo/state-slug';

interface TierLike {
  abbr: string;
  title: string;
  level: string;
}
interface StateLike {
  name: string;
  tiers: TierLike[];
}

/** One abbreviation in the glossary: the titles it stands for and the states that issue it. */
export interface GlossaryEntry {
  abbr: string;
  id: string;
  titles: { title: string; level: string; states: { name: string; href: string }[] }[];
}

/**
 * Every license abbreviation used by any state, alphabetically, with each distinct title it stands for
 * (the same letters can mean different licenses: Massachusetts' LCSW is not clinical) and the states using it.
 */
export function buildGlossary(states: StateLike[]): GlossaryEntry[] {
  const map = new Map<string, GlossaryEntry>();
  for (const s of [...states].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const t of s.tiers) {
      const entry = map.get(t.abbr) ?? { abbr: t.abbr, id: abbrId(t.abbr), titles: [] };
      const key = t.title.toLowerCase();
      let title = entry.titles.find((x) => x.title.toLowerCase() === key && x.level === t.level);
      if (!title) entry.titles.push((title = { title: t.title, level: t.level, states: [] }));
      title.states.push({ name: s.name, href: stateHref(s.name) });
      map.set(t.abbr, entry);
    }
  }
  return [...map.values()].sort((a, b) => a.abbr.localeCompare(b.abbr));
}
