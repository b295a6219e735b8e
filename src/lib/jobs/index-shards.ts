import { groupByState } from './board.ts';
import { newestFirst } from './filter.ts';
import { facetCounts, type FacetCounts } from './facets.ts';
import type { JobSummary, JobSummaryJson } from './summary.ts';

/**
 * The posting index split so that choosing a state on /jobs/ fetches only what that state's list needs: one
 * shard per state (the postings there and the remote ones open to it) and one nationwide file (the remote
 * postings open anywhere in the US, which every state's list shows, and how many postings each state's list
 * holds, which are the state filter's counts while no other filter is set). The whole index, /jobs/index.json,
 * stays for views that need every posting (filters without a state, or a state with other filters, whose counts
 * for the other states need them).
 */
export interface IndexShards {
  /** Postings open to anyone in the US (remote "US"), newest first. */
  nationwide: JobSummary[];
  /** Per state code: the postings there or open to it remotely, without the nationwide ones, newest first. */
  byState: Map<string, JobSummary[]>;
  /** The counts of every filter's options with no filter set (facets.state: how many postings each state's list shows). */
  facets: FacetCounts;
}

/** Split newest-first summaries into the shards (one pass over the postings to group them, one to count). */
export function shardIndex(open: JobSummary[], codes: readonly string[]): IndexShards {
  const groups = groupByState(open, codes);
  const nationwide = open.filter((j) => j.remote === 'US');
  const byState = new Map(
    codes.map((code) => [
      code,
      (groups.get(code) ?? []).map((i) => open[i]!).filter((j) => j.remote !== 'US'),
    ]),
  );
  return { nationwide, byState, facets: facetCounts(open, {}, codes) };
}

/** Where a shard is served: /jobs/shards/<code in lower case>.json, and /jobs/shards/nationwide.json. */
export const shardPath = (code: string): string => `/jobs/shards/${code.toLowerCase()}.json`;
export const NATIONWIDE_SHARD = 'nationwide';

/**
 * Two newest-first lists as one, in the board's order (newestFirst): a state's shard and the nationwide
 * postings give exactly the state's part of the whole index. O(n); returns a new array.
 */
export function mergeNewestFirst(a: JobSummary[], b: JobSummary[]): JobSummary[] {
  const out: JobSummary[] = [];
  let i = 0;
  let k = 0;
  while (i < a.length && k < b.length) out.push(newestFirst(a[i]!, b[k]!) <= 0 ? a[i++]! : b[k++]!);
  while (i < a.length) out.push(a[i++]!);
  while (k < b.length) out.push(b[k++]!);
  return out;
}

/**
 * /jobs/shards/nationwide.json as written: the nationwide postings, and the board's size and counts with no
 * filter (the state counts are also each state's list's length), so the plain list needs no postings at all.
 */
export interface NationwideShardJson {
  /** Open postings on the whole board, examples included, and how many of them are examples. */
  total: number;
  examples: number;
  facets: FacetCounts;
  jobs: JobSummaryJson[];
}
