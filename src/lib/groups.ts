/** The entries of one table group, in their stated order. */
export function rowsOfGroup<T extends { data: { group: string; order: number } }>(
  entries: T[],
  group: string,
): T[] {
  return entries.filter((e) => e.data.group === group).sort((a, b) => a.data.order - b.data.order);
}

/**
 * The entries of one table group, in their stated order, for a component that cannot render without them:
 * throws an error naming the component, the group and the folder to look in when there are none.
 */
export function requireGroupRows<T extends { data: { group: string; order: number } }>(
  entries: T[],
  group: string,
  where: { component: string; folder: string },
): [T, ...T[]] {
  const rows = rowsOfGroup(entries, group);
  const [first, ...rest] = rows;
  if (!first)
    throw new Error(
      `${where.component}: no rows with group "${group}" in content/${where.folder}/. Check the group name, or add rows with that group.`,
    );
  return [first, ...rest];
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
