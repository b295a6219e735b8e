import { sourceIdsIn } from './citations.ts';

/** The sources of the compact facts every state page states (the compact section), whatever the state file cites. */
export const COMPACT_SOURCE_IDS = {
  /** What the compact allows. */
  overview: 'csg-sw-compact',
  /** Whether multistate licenses are being issued yet. */
  home: 'swcompact-home',
} as const;

/** The source ids a state page cites, in first-seen order: the state file's own, then the compact's. */
export const statePageSourceIds = (state: unknown): string[] => [
  ...new Set([...sourceIdsIn(state), ...Object.values(COMPACT_SOURCE_IDS)]),
];

/** One entry of a page's numbered source list. */
export interface NumberedRef {
  n: number;
  title: string;
  kind: string;
}

/** A page's sources numbered 1, 2, 3... in the order given, by id. */
export const numberedRefs = (
  sources: { id: string; data: { title: string; kind: string } }[],
): Map<string, NumberedRef> =>
  new Map(
    sources.map((src, i) => [src.id, { n: i + 1, title: src.data.title, kind: src.data.kind }]),
  );
