/** The entries of one table group, in their stated order. */
export function rowsOfGroup<T extends { data: { group: string; order: number } }>(
  entries: T[],
  group: string,
): T[] {
  return entries.filter((e) => e.data.group === group).sort((a, b) => a.data.order - b.data.order);
}
