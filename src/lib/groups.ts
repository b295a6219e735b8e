/** The entries of one table group, in their stated order. */
export function rowsOfGroup<T extends { data: { group: string; order: number } }>(
  entries: T[],
  group: string,
): T[] {
  return entries.filter((e) => e.data.group === group).sort((a, b) => a.data.order - b.data.order);
}

/** The official projection or employment groups ("official-2022-32") are named with this prefix. */
export const OFFICIAL_PREFIX = 'official-';

/**
 * The newest official group of a collection (by its rows' base year, then year), or undefined when there is
 * none: pages show the current official figures without naming a release.
 */
export function newestOfficialGroup<
  T extends { data: { group: string; baseYear?: number; year?: number } },
>(entries: T[]): string | undefined {
  const year = (e: T) => e.data.baseYear ?? e.data.year ?? 0;
  return entries
    .filter((e) => e.data.group.startsWith(OFFICIAL_PREFIX))
    .sort((a, b) => year(b) - year(a))[0]?.data.group;
}
