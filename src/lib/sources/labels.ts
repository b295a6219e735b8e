import type { Source } from '#src/schemas/source.ts';

/** Short publisher names for inline citations. */
const SHORT: Record<string, string> = {
  'U.S. Bureau of Labor Statistics': 'BLS',
};

/** A short name for inline citations: "BLS" for the Bureau of Labor Statistics, else the publisher. */
export const shortPublisher = (s: Pick<Source, 'publisher'>): string =>
  SHORT[s.publisher] ?? s.publisher;

/** Whether a reader should be told that a source is not primary. */
export const isSecondary = (s: Pick<Source, 'kind'>): boolean =>
  s.kind === 'guide' || s.kind === 'seed';

/** Plain-language label for a source kind. */
export const KIND_LABEL: Record<Source['kind'], string> = {
  'official-statistics': 'Official statistics',
  board: 'State licensing board',
  statute: 'State law',
  regulation: 'State rule',
  'compact-commission': 'Interstate compact commission',
  'professional-body': 'Professional body',
  'certifying-body': 'Certifying body',
  guide: 'Third-party guide (no primary source found)',
  seed: 'Earlier article this site started from',
};

/** The words of an inline citation: the source's own short label, else its short publisher and period. */
export const citeLabel = (s: Pick<Source, 'publisher' | 'period' | 'citeAs'>): string =>
  s.citeAs ?? `${shortPublisher(s)}, ${s.period}`;
