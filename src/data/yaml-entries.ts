/** Stub. */
export function checkedEntryId(o: { entry: string; base: URL; data: Record<string, unknown> }): string {
  return String(o.data.slug ?? o.entry.replace(/\.ya?ml$/, ''));
}
