import type { StateRules } from '#src/schemas/state.ts';
import type { Source } from '#src/schemas/source.ts';
import { sourceIdsIn } from '../sources/citations';
import { stateHref } from '../geo/state-slug';
import { isoDate } from '#src/lib/text/format.ts';

/** Replace resolved references ({collection, id}) with plain source ids, so the JSON reads simply. */
function flattenRefs(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(flattenRefs);
  if (v instanceof Date) return isoDate(v);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.collection === 'sources' && typeof o.id === 'string') return o.id;
    // research notes are for maintainers: never published
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => k !== 'research')
        .map(([k, x]) => [k, flattenRefs(x)]),
    );
  }
  return v;
}

/** The downloadable licensing dataset: every state as in content/states, plus the sources they cite. */
export function licensingDataset(
  states: StateRules[],
  sources: { id: string; data: Source }[],
  site: string,
) {
  const sorted = [...states].sort((a, b) => a.name.localeCompare(b.name));
  const cited = new Set(sorted.flatMap((s) => sourceIdsIn(s)));
  return {
    description:
      'Social work licensing rules for the 50 US states and DC. Each fact is {value, source, note?}; amounts may instead be {notSet: true} (no such rule), {years} (stated in years, not hours) or {rate} (a rate, not a total), each with its source; gaps are {unverified: true, note?}; source ids are listed under "sources".',
    site,
    generated: isoDate(new Date()),
    states: sorted.map((s) => ({
      ...(flattenRefs(s) as object),
      page: new URL(stateHref(s.name), site || 'https://example.invalid').pathname,
    })),
    sources: Object.fromEntries(
      sources
        .filter((s) => cited.has(s.id))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((s) => [s.id, flattenRefs(s.data)]),
    ),
  };
}
