import { getCollection, type CollectionEntry } from 'astro:content';
import { jobsAsOf, isOpen, isPublished } from '#src/lib/jobs/as-of.ts';
import { sortJobs } from '#src/lib/jobs/filter.ts';
import { inState, summarise } from '#src/lib/jobs/summary.ts';
import { STATE_CODES, type StateCode } from '#src/lib/geo/us-states.ts';

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

let cache: Promise<{ asOf: Date; all: JobEntry[]; open: JobEntry[] }> | undefined;

/**
 * All published postings (those dated in the future are held until their day) and the open ones, newest first,
 * decided once per build against JOBS_AS_OF or today.
 */
export function jobsOnce() {
  return (cache ??= getCollection('jobs').then((entries) => {
    assertFileNamesMatchIds(entries);
    const asOf = jobsAsOf();
    const published = entries.filter((e) => isPublished(e.data, asOf));
    const byId = new Map(published.map((e) => [e.id, e]));
    const all = sortJobs(
      published.map((e) => summarise(e.data)),
      'date',
    ).map((s) => byId.get(s.id)!);
    return { asOf, all, open: all.filter((e) => isOpen(e.data, asOf)) };
  }));
}

let byState: Promise<Map<StateCode, JobEntry[]>> | undefined;

/** Each jurisdiction's open postings (on site there, or remote and open to it), newest first, computed once per build. */
export function openJobsByStateOnce() {
  return (byState ??= jobsOnce().then(({ open }) => {
    const summaries = open.map((e) => ({ e, s: summarise(e.data) }));
    return new Map(
      STATE_CODES.map((code) => [
        code,
        summaries.filter(({ s }) => inState(s, code)).map(({ e }) => e),
      ]),
    );
  }));
}
