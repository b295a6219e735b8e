import type { JobSummary } from './summary.ts';

/** What every job list page shares, computed once per build from the open postings' summaries. */
export interface BoardFacts {
  /** Every license the open postings name (with repeats), for the filter's license options. */
  licenses: string[];
  /** How many open postings each state's list shows (on site there, or remote and open to it). */
  stateCounts: Record<string, number>;
}

/**
 * Group summaries by the states whose lists show them, in one pass over the postings: a posting counts for its
 * own state, every state it is open to remotely, or all of them when it is open anywhere in the US.
 * Returns the indexes of the postings in each state's list, in the order given.
 */
export function groupByState(open: JobSummary[], codes: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>(codes.map((c) => [c, []]));
  open.forEach((j, i) => {
    for (const code of j.remote === 'US' ? codes : codesOf(j)) groups.get(code)?.push(i);
  });
  return groups;
}

/** The states a posting that is not open nationwide belongs to: its own and its remote ones, once each. */
const codesOf = (j: JobSummary): string[] => {
  const set = new Set<string>();
  if (j.state) set.add(j.state);
  if (Array.isArray(j.remote)) for (const c of j.remote) set.add(c);
  return [...set];
};

/** The facts the list pages share, from the open postings' summaries and their grouping by state. */
export function boardFacts(open: JobSummary[], groups: Map<string, number[]>): BoardFacts {
  return {
    licenses: open.flatMap((s) => s.licenses),
    stateCounts: Object.fromEntries([...groups].map(([c, ids]) => [c, ids.length])),
  };
}
