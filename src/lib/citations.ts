/** A reference to a source as Astro's reference() resolves it. */
export interface SourceReference {
  collection: 'sources';
  id: string;
}

const isSourceRef = (v: unknown): v is SourceReference =>
  typeof v === 'object' && v !== null && (v as SourceReference).collection === 'sources' && typeof (v as SourceReference).id === 'string';

/** Every source id referenced anywhere inside a record, in first-seen order, without repeats. */
export function sourceIdsIn(data: unknown): string[] {
  const seen = new Set<string>();
  const walk = (v: unknown): void => {
    if (isSourceRef(v)) seen.add(v.id);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object' && !(v instanceof Date)) Object.values(v).forEach(walk);
  };
  walk(data);
  return [...seen];
}

/** Something on the site that cites sources: what it is called, where it lives, and its data. */
export interface CitingRecord {
  label: string;
  href: string;
  data: unknown;
}

/** Map each source id to the records that cite it, so /sources/ can say what each source backs. */
export function backlinks(records: CitingRecord[]): Map<string, { label: string; href: string }[]> {
  const map = new Map<string, { label: string; href: string }[]>();
  for (const r of records) {
    for (const id of sourceIdsIn(r.data)) {
      const list = map.get(id) ?? [];
      if (!list.some((x) => x.label === r.label && x.href === r.href)) list.push({ label: r.label, href: r.href });
      map.set(id, list);
    }
  }
  return map;
}
