/**
 * What a fetch does to the jobs folder, decided before anything is written:
 * - a relevant posting that passes the schema is added (new id), updated (its file would change), extended (only
 *   its rolling closing date moves) or unchanged (its file would be the same, byte for byte);
 * - a posting its source no longer lists (or no longer passes the relevance rule) is closed: its validThrough
 *   becomes the day before the fetch, so it is closed from that day;
 * - a source that failed or was skipped changes none of its files;
 * - the same job from two sources (same title, employer and place) is kept once, under the id of the source
 *   listed first in the config or of a file already on the board;
 * - example postings and files from other sources are never touched.
 */
import { jobToYaml } from '#src/lib/jobs/job-yaml.ts';
import { schemaReasons } from '#src/lib/jobs/import/plan.ts';
import type { SourceEntry } from './config.ts';
import { addDays, rollingClose } from './normalize.ts';
import { isCaseManagementRole } from './relevance.ts';
import type { Fetched } from './types.ts';
import { isoDate } from '#src/lib/text/format.ts';

type Obj = Record<string, unknown>;

/** A file already in the jobs folder. `data` is undefined when it is not YAML (it is then never touched). */
export interface ExistingFile {
  file: string;
  text: string;
  data?: Obj;
}

export type SourceResult =
  | { entry: SourceEntry; status: 'ok'; postings: Fetched[] }
  | { entry: SourceEntry; status: 'failed'; message: string }
  | { entry: SourceEntry; status: 'skipped'; message: string };

export interface SourceReport {
  name: string;
  type: SourceEntry['type'];
  status: 'ok' | 'failed' | 'skipped';
  message?: string;
  fetched: number;
  relevant: number;
  added: string[];
  updated: string[];
  extended: string[];
  unchanged: number;
  closed: string[];
  rejected: { ref: string; id?: string; reasons: string[] }[];
  merged: { ref: string; into: string }[];
  errors: string[];
}

export interface FetchPlan {
  asOf: string;
  sources: SourceReport[];
  /** Files to write, in order: [file name, YAML text]. */
  writes: [string, string][];
}

const sourceOf = (data: Obj | undefined) => (data?.source ?? {}) as Obj;

/** One key per job across sources: title, employer and place, in lower case without punctuation. */
export function duplicateKey(job: Obj): string {
  const norm = (s: unknown) =>
    String(s ?? '')
      .toLowerCase()
      .replace(/\b(inc|llc|pbc|corp|corporation|co|ltd)\b/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const loc = (job.location ?? {}) as Obj;
  const place = job.location ? `${norm(loc.city)}|${loc.state}` : 'remote';
  return `${norm(job.title)}|${norm((job.employer as Obj | undefined)?.name)}|${place}`;
}

const day = (v: unknown) =>
  v instanceof Date ? isoDate(v) : typeof v === 'string' ? v.slice(0, 10) : '';

const emptyReport = (r: SourceResult): SourceReport => ({
  name: r.entry.name,
  type: r.entry.type,
  status: r.status,
  ...(r.status === 'ok' ? {} : { message: r.message }),
  fetched: 0,
  relevant: 0,
  added: [],
  updated: [],
  extended: [],
  unchanged: 0,
  closed: [],
  rejected: [],
  merged: [],
  errors: r.status === 'failed' ? [`${r.message}; none of its postings changed`] : [],
});

export function planFetch(
  results: SourceResult[],
  existing: Map<string, ExistingFile>,
  opts: { asOf: string; rollingDays: number },
): FetchPlan {
  const { asOf } = opts;
  const plan: FetchPlan = { asOf, sources: results.map(emptyReport), writes: [] };
  const reports = new Map(plan.sources.map((s) => [s.name, s]));
  const okFeeds = new Set(results.filter((r) => r.status === 'ok').map((r) => r.entry.name));

  // Pass 1: what each successful source still lists and keeps.
  const listed: { r: SourceResult & { status: 'ok' }; f: Fetched }[] = [];
  const seen = new Set<string>(); // ids a successful source still lists: never closed
  for (const r of results) {
    if (r.status !== 'ok') continue;
    const report = reports.get(r.entry.name)!;
    for (const f of r.postings) {
      report.fetched++;
      if (!isCaseManagementRole(f).relevant) continue;
      report.relevant++;
      seen.add(f.id);
      listed.push({ r, f });
    }
  }

  // Who holds each job (title, employer, place): open files of sources that did not run or still list them,
  // before any new id, so a job already on the board keeps its id whichever source lists it first.
  const byKey = new Map<string, string>();
  for (const [id, f] of existing) {
    if (!f.data || f.data.example === true || day(f.data.validThrough) < asOf) continue;
    const feed = sourceOf(f.data).feed;
    const owned = typeof feed === 'string' && okFeeds.has(feed);
    if (!owned) byKey.set(duplicateKey(f.data), id);
  }
  for (const { f } of listed)
    if (f.job && existing.get(f.id)?.data && !byKey.has(duplicateKey(f.job)))
      byKey.set(duplicateKey(f.job), f.id);

  // Pass 2: write, in config order.
  const claimed = new Map<string, string>(); // id -> entry name
  for (const { r, f } of listed) {
    const report = reports.get(r.entry.name)!;
    if (f.problems.length || !f.job) {
      report.rejected.push({
        ref: f.ref,
        id: f.id,
        reasons: f.problems.length ? f.problems : ['could not be read'],
      });
      continue;
    }
    const already = claimed.get(f.id);
    if (already) {
      report.merged.push({ ref: f.ref, into: `${f.id} (also listed by ${already})` });
      continue;
    }
    const held = existing.get(f.id);
    const heldSource = sourceOf(held?.data);
    if (held && (!held.data || held.data.example === true || heldSource.name !== r.entry.type)) {
      report.rejected.push({
        ref: f.ref,
        id: f.id,
        reasons: [
          `${f.id}.yaml already exists and belongs to ${held.data?.example === true ? 'an example posting' : `source "${String(heldSource.name ?? 'unknown')}"`}; jobs:fetch never replaces it.`,
        ],
      });
      continue;
    }
    const key = duplicateKey(f.job);
    const twin = byKey.get(key);
    if (twin && twin !== f.id) {
      report.merged.push({ ref: f.ref, into: twin });
      continue;
    }
    const job: Obj = {
      ...f.job,
      // Sources without a posting date: the day it was first seen, kept from the file once written.
      datePosted: f.job.datePosted ?? (day(held?.data?.datePosted) || asOf),
      validThrough:
        f.job.validThrough ?? rollingClose(asOf, r.entry.rollingDays ?? opts.rollingDays),
      source: { ...(f.job.source as Obj), feed: r.entry.name },
    };
    const reasons = schemaReasons(job, (p) => p);
    if (reasons.length) {
      report.rejected.push({ ref: f.ref, id: f.id, reasons });
      continue;
    }
    claimed.set(f.id, r.entry.name);
    byKey.set(key, f.id);
    const yaml = jobToYaml(job);
    const file = `${f.id}.yaml`;
    if (!held) {
      report.added.push(file);
      plan.writes.push([file, yaml]);
    } else if (held.text === yaml) report.unchanged++;
    else {
      const sameButClose = jobToYaml({ ...job, validThrough: day(held.data?.validThrough) });
      (sameButClose === held.text ? report.extended : report.updated).push(file);
      plan.writes.push([file, yaml]);
    }
  }

  // Close what a successful source no longer lists.
  const yesterday = addDays(asOf, -1);
  for (const [id, f] of existing) {
    if (!f.data || f.data.example === true || seen.has(id)) continue;
    const feed = sourceOf(f.data).feed;
    if (typeof feed !== 'string' || !okFeeds.has(feed)) continue;
    const through = day(f.data.validThrough);
    if (through < asOf) continue; // closed already
    const posted = day(f.data.datePosted);
    const closeOn = posted > yesterday ? posted : yesterday;
    if (closeOn === through) continue;
    plan.writes.push([f.file, jobToYaml({ ...f.data, datePosted: posted, validThrough: closeOn })]);
    reports.get(feed)!.closed.push(f.file);
  }
  return plan;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report printed after a fetch: one block per source, then the totals. */
export function formatFetchReport(plan: FetchPlan, opts: { dir: string; dryRun: boolean }): string {
  const lines = [
    `${opts.dryRun ? 'Dry run, nothing written. ' : ''}jobs:fetch as of ${plan.asOf} into ${opts.dir}`,
  ];
  for (const s of plan.sources) {
    lines.push('');
    if (s.status === 'skipped') {
      lines.push(`${s.name} (${s.type}): ${s.message}`);
      continue;
    }
    lines.push(
      `${s.name} (${s.type}): fetched ${s.fetched}, relevant ${s.relevant}, added ${s.added.length}, updated ${s.updated.length + s.extended.length}, unchanged ${s.unchanged}, closed ${s.closed.length}, rejected ${s.rejected.length}, errors ${s.errors.length}`,
    );
    if (s.extended.length)
      lines.push(`  ${plural(s.extended.length, 'rolling closing date')} moved on (still listed)`);
    for (const f of s.added) lines.push(`  added ${f}`);
    for (const f of s.updated) lines.push(`  updated ${f}`);
    for (const f of s.closed) lines.push(`  closed ${f} (no longer listed)`);
    for (const m of s.merged) lines.push(`  merged ${m.ref} into ${m.into} (the same job)`);
    for (const r of s.rejected) lines.push(`  rejected ${r.ref}: ${r.reasons.join('; ')}`);
    for (const e of s.errors) lines.push(`  error: ${e}`);
  }
  const sum = (k: (s: SourceReport) => number) => plan.sources.reduce((n, s) => n + k(s), 0);
  lines.push(
    '',
    `Total: fetched ${sum((s) => s.fetched)}, relevant ${sum((s) => s.relevant)}, added ${sum((s) => s.added.length)}, updated ${sum((s) => s.updated.length + s.extended.length)}, unchanged ${sum((s) => s.unchanged)}, closed ${sum((s) => s.closed.length)}, rejected ${sum((s) => s.rejected.length)}, sources failed ${sum((s) => (s.status === 'failed' ? 1 : 0))}, skipped ${sum((s) => (s.status === 'skipped' ? 1 : 0))}`,
  );
  return lines.join('\n');
}
