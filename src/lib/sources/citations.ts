/** A reference to a source as Astro's reference() resolves it. */
export interface SourceReference {
  collection: 'sources';
  id: string;
}

const isSourceRef = (v: unknown): v is SourceReference =>
  typeof v === 'object' &&
  v !== null &&
  (v as SourceReference).collection === 'sources' &&
  typeof (v as SourceReference).id === 'string';

/** Every source reference inside a record, with the field path where it sits ("sources[0]", "eligibility[1].sources[0]"). */
export function sourceRefsIn(data: unknown, path = ''): { id: string; path: string }[] {
  if (isSourceRef(data)) return [{ id: data.id, path }];
  if (Array.isArray(data)) return data.flatMap((v, i) => sourceRefsIn(v, `${path}[${i}]`));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => sourceRefsIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Every source id referenced anywhere inside a record, in first-seen order, without repeats. */
export function sourceIdsIn(data: unknown): string[] {
  return [...new Set(sourceRefsIn(data).map((r) => r.id))];
}

/** Something on the site that cites sources: what it is called, where it lives, its data, and the file it came from. */
export interface CitingRecord {
  label: string;
  href: string;
  data: unknown;
  /** Undefined when the entry has no file (Astro gives `filePath` only for file-backed entries). */
  file?: string | undefined;
}

/** Map each source id to the records that cite it, so /sources/ can say what each source backs. */
export function backlinks(records: CitingRecord[]): Map<string, { label: string; href: string }[]> {
  const map = new Map<string, { label: string; href: string }[]>();
  for (const r of records) {
    for (const id of sourceIdsIn(r.data)) {
      const list = map.get(id) ?? [];
      if (!list.some((x) => x.label === r.label && x.href === r.href))
        list.push({ label: r.label, href: r.href });
      map.set(id, list);
    }
  }
  return map;
}

/**
 * Citations of sources that do not exist, as messages that name the file, the field and the fix.
 * Astro only logs such references; the build calls this and fails when the list is not empty.
 */
export function danglingCitations(
  records: CitingRecord[],
  knownSourceIds: Set<string>,
  sourcesDir = 'content/sources',
): string[] {
  return records.flatMap((r) =>
    sourceRefsIn(r.data)
      .filter((ref) => !knownSourceIds.has(ref.id))
      .map(
        (ref) =>
          `${r.file ?? r.label}: field "${ref.path || 'source'}" cites source "${ref.id}", which does not exist. Add ${sourcesDir}/${ref.id}.yaml or use the id of an existing source.`,
      ),
  );
}
