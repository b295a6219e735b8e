/** One record read from a source file, mapped to a job but not yet checked against the schema. */
export interface Candidate {
  /** Where it is in the input, for the report: "row 4", "item 2". */
  ref: string;
  /** The site id (file name), when one could be made. */
  id?: string;
  /** The posting as it would be written (dates as YYYY-MM-DD strings); absent when the record could not be mapped. */
  job?: Record<string, unknown>;
  /** sha256 of the canonical source record. */
  hash: string;
  /** Reasons found while mapping, each naming the source field and the fix. */
  problems: string[];
  /** Things the reader should know that do not stop the import (another location, pay not per hour or year...). */
  notes: string[];
}

/** A reader of one source format. `fieldName` turns a schema path ("location.state") into the source's field name. */
export interface SourceReadResult {
  source: 'usajobs' | 'ats';
  candidates: Candidate[];
  fieldName: (path: string) => string;
}

/** The input file itself cannot be used (not JSON, missing headers...): nothing is imported. */
export class InputError extends Error {}

export interface PlannedFile {
  id: string;
  ref: string;
  file: string;
  yaml: string;
  notes: string[];
}

export interface Rejection {
  ref: string;
  id?: string;
  reasons: string[];
}

export interface Plan {
  source: 'usajobs' | 'ats';
  added: PlannedFile[];
  updated: PlannedFile[];
  unchanged: PlannedFile[];
  rejected: Rejection[];
}

/** What is already in the jobs folder, by id. */
export interface ExistingJob {
  file: string;
  sourceName?: string;
  /** source.id in the file: only the record with this id (from the same source) may update it. */
  sourceId?: string;
  hash?: string;
  example?: boolean;
}
