/** Entries sorted by their `order` field, ties broken by id so the output never depends on file-system order. */
export function byOrder<T extends { id: string; data: { order: number } }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
