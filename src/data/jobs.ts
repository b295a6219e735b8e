import { getCollection, type CollectionEntry } from 'astro:content';
import { jobsAsOf, isOpen, isPublished } from '#src/lib/jobs/as-of.ts';
import { sortJobs } from '#src/lib/jobs/filter.ts';
import { summarizeJob, type JobSummary } from '#src/lib/jobs/summary.ts';
import { boardFacts, groupByState, type BoardFacts } from '#src/lib/jobs/board.ts';
import { shardIndex, type IndexShards } from '#src/lib/jobs/index-shards.ts';
import { STATE_CODES, type StateCode } from '#src/schemas/vocabulary/us-states.ts';
import { IS_PRODUCTION } from '#src/site.config.ts';

export type JobEntry = CollectionEntry<'jobs'>;

/** Every posting file must be named after its id, so the importer and the URL agree. */
export function assertFileNamesMatchIds(entries: JobEntry[]): void {
  const wrong = entries.filter((e) => e.id !== e.data.id);
  if (wrong.length) {
    throw new Error(
      `Job postings whose file name does not match their id:\n${wrong.map((e) => `- ${e.filePath}: field "id" is "${e.data.id}"; rename the file to ${e.data.id}.yaml or change the id`).join('\n')}`,
    );
  }
}

interface Jobs {
  asOf: Date;
  all: JobEntry[];
  /** Open postings, examples included (development and test builds only; a production build has none). */
  open: JobEntry[];
  /** How many open postings are real vacancies, and how many are examples: what counts speak of. */
  counts: { real: number; examples: number };
  /** The open real postings (never an example), newest first: what feeds and structured data carry. */
  openReal: JobEntry[];
  /** The open postings' compact summaries, in the same order as `open`. */
  openSummaries: JobSummary[];
  /** What every job list page shows about the whole board (license options, state counts of real postings). */
  facts: BoardFacts;
  /** Each jurisdiction's open postings (on site there, or remote and open to it), newest first. */
  byState: Map<StateCode, JobEntry[]>;
  /** The posting index split by state for the /jobs/ filters (/jobs/shards/), made once per build. */
  shards: IndexShards;
}

let cache: Promise<Jobs> | undefined;

/**
 * All published postings (those dated in the future are held until their day) and the open ones, newest first,
 * decided once per build against JOBS_AS_OF or today, with
 * everything the list, state and feed routes share computed once here (never per page: with thousands of
 * postings, per-page work over the whole board makes the build grow with the square of the postings).
 */
export function jobsOnce(): Promise<Jobs> {
  return (cache ??= getCollection('jobs').then((loaded) => {
    assertFileNamesMatchIds(loaded);
    // A production build drops the example postings here, so no page, feed or index of it can hold one.
    const entries = IS_PRODUCTION ? loaded.filter((e) => !e.data.example) : loaded;
    const asOf = jobsAsOf();
    const published = entries.filter((e) => isPublished(e.data, asOf));
    const byId = new Map(published.map((e) => [e.id, e]));
    const sorted = sortJobs(
      published.map((e) => summarizeJob(e.data)),
      'date',
    );
    const all = sorted.map((s) => byId.get(s.id)!);
    const openSummaries = sorted.filter((s) => isOpen(byId.get(s.id)!.data, asOf));
    const open = openSummaries.map((s) => byId.get(s.id)!);
    const groups = groupByState(openSummaries, STATE_CODES);
    const byState = new Map(
      // groups holds indexes into openSummaries, which open mirrors one for one.
      STATE_CODES.map((code) => [code, (groups.get(code) ?? []).map((i) => open[i]!)]),
    );
    const openReal = open.filter((e) => !e.data.example);
    const facts = boardFacts(openSummaries, groups);
    if (openReal.length < open.length) {
      // The state counts count real postings only; the license options still cover every listed posting.
      const real = openSummaries.filter((s) => !s.example);
      facts.stateCounts = boardFacts(real, groupByState(real, STATE_CODES)).stateCounts;
    }
    return {
      asOf,
      all,
      open,
      counts: { real: openReal.length, examples: open.length - openReal.length },
      openReal,
      openSummaries,
      facts,
      byState,
      shards: shardIndex(openSummaries, STATE_CODES),
    };
  }));
}

/** Each jurisdiction's open postings, examples included (on site there, or remote and open to it), newest first, computed once per build. */
export const openJobsByStateOnce = async (): Promise<Map<StateCode, JobEntry[]>> =>
  (await jobsOnce()).byState;
