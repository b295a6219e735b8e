import type { JobSetting } from '#src/schemas/vocabulary/jobs.ts';
import type { SourceEntry } from './config.ts';
import type { Http } from './http.ts';

/** One posting read from a source, mapped towards the jobs schema but not yet checked or planned. */
export interface Fetched {
  /** The site id (file name), e.g. greenhouse-talkspace-4012345. */
  id: string;
  /** How the report names it: "job 4012345". */
  ref: string;
  /** Title and plain description, for the relevance rule. */
  title: string;
  description: string;
  licenses: string[];
  /**
   * The job as it would be written, dates as YYYY-MM-DD strings. `datePosted` is absent when the source publishes
   * none (the planner uses the day the posting was first seen); `validThrough` is absent when the source publishes
   * no closing date (the planner gives it a rolling one).
   */
  job?: Record<string, unknown>;
  /** Reasons it cannot be written, each naming the source field and the fix. */
  problems: string[];
  notes: string[];
}

export interface ProviderContext {
  http: Http;
  env: Record<string, string | undefined>;
  /** The setting to assume when a posting's title does not say. */
  setting?: JobSetting | undefined;
}

/** A source left out on purpose (USAJOBS without a key): reported, not an error, and its postings are kept. */
export class SkipSource extends Error {}

export type Provider<E extends SourceEntry = SourceEntry> = (
  entry: E,
  ctx: ProviderContext,
) => Promise<Fetched[]>;
