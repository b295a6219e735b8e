import { jobSchema } from '#src/schemas/job.ts';
import { jobToYaml } from '../job-yaml.ts';
import { stripControl } from './text.ts';
import type { Candidate, ExistingJob, Plan, SourceReadResult } from './types.ts';

/** The schema's complaints about a mapped record, named by the source's own field names. */
export function schemaReasons(
  job: Record<string, unknown>,
  fieldName: (path: string) => string,
  already: string[] = [],
): string[] {
  const result = jobSchema.safeParse(job);
  if (result.success) return [];
  const named = new Set(already.map((p) => p.slice(0, p.indexOf(':'))));
  const out: string[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    const field = fieldName(path);
    if (named.has(field)) continue; // the reader already said what is wrong with this field
    const message =
      issue.code === 'invalid_type' && issue.input === undefined
        ? 'missing. Give a value.'
        : issue.message;
    const line = `${field}: ${message}`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

/** The source id a candidate carries (source.id of its mapped job), if any. */
const sourceIdOf = (c: Candidate): string | undefined => {
  const id = (c.job?.source as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id ? id : undefined;
};

/**
 * Decide what happens to each record: added (new id), updated (same file, same source record, the fingerprint
 * changed), unchanged (same fingerprint) or rejected (with every reason). A file may only be updated by the record
 * that made it: the same source name and the same source id. Anything else is a conflict (two source ids that make
 * the same file name, "R01" and "r01"; the same requisition number from two employers; an id column naming another
 * record's file): it is rejected with both ids named, and the file is left alone. Within one input file the first
 * record with an id wins. A file that belongs to another source (an example, an employer's posting, the other
 * importer) is never replaced.
 */
export function planImport(read: SourceReadResult, existing: Map<string, ExistingJob>): Plan {
  const plan: Plan = { source: read.source, added: [], updated: [], unchanged: [], rejected: [] };
  const first = new Map<string, { ref: string; sourceId?: string }>();
  const fix =
    read.source === 'ats'
      ? 'Give this row its own file name in the id column, or correct source_id if it names the same posting.'
      : 'Rename the existing file if it is not this posting, or remove it.';
  for (const c of read.candidates) {
    const reasons = [...c.problems];
    if (c.job) reasons.push(...schemaReasons(c.job, read.fieldName, c.problems));
    const sourceId = sourceIdOf(c);
    const earlier = c.id ? first.get(c.id) : undefined;
    if (c.id && earlier)
      reasons.unshift(
        `id: ${c.id} is already used by ${earlier.ref}${earlier.sourceId ? ` (source id "${earlier.sourceId}")` : ''}; this record's source id is "${sourceId ?? ''}". The first one is kept. Give each posting its own id.`,
      );
    const held = c.id ? existing.get(c.id) : undefined;
    if (held && (held.example || held.sourceName !== read.source)) {
      reasons.unshift(
        `id: ${c.id}.yaml already exists and belongs to ${held.example ? 'an example posting' : `source "${held.sourceName ?? 'unknown'}"`}; the importer never replaces it. Give this posting another id.`,
      );
    } else if (held && held.sourceId !== sourceId) {
      reasons.unshift(
        `id: ${c.id}.yaml already holds the posting with source id "${held.sourceId ?? 'unknown'}"; this record's source id is "${sourceId ?? ''}". A file is only updated by the record that made it. ${fix}`,
      );
    }
    if (c.id && !earlier)
      first.set(c.id, { ref: c.ref, ...(sourceId !== undefined ? { sourceId } : {}) });
    if (reasons.length || !c.id || !c.job) {
      plan.rejected.push({
        ref: c.ref,
        ...(c.id ? { id: c.id } : {}),
        reasons: reasons.length ? reasons : ['the record could not be read'],
      });
      continue;
    }
    const entry = {
      id: c.id,
      ref: c.ref,
      file: `${c.id}.yaml`,
      yaml: jobToYaml(c.job),
      notes: c.notes,
    };
    if (!held) plan.added.push(entry);
    else if (held.hash === c.hash) plan.unchanged.push(entry);
    else plan.updated.push(entry);
  }
  return plan;
}

/**
 * The report printed after an import: counts, then one line per rejected record and per note. Every line goes
 * through the same cleaning as the records (control characters, including terminal escape sequences, removed),
 * so nothing from the input file can drive the terminal.
 */
export function formatReport(plan: Plan, opts: { dryRun: boolean; dir: string }): string {
  const verb = opts.dryRun ? 'would be ' : '';
  const lines = [
    `${opts.dryRun ? 'Dry run, nothing written. ' : ''}Source: ${plan.source}. Folder: ${opts.dir}`,
    `  added: ${plan.added.length}${plan.added.length ? ` (${verb}written: ${plan.added.map((e) => e.file).join(', ')})` : ''}`,
    `  updated: ${plan.updated.length}${plan.updated.length ? ` (${verb}rewritten: ${plan.updated.map((e) => e.file).join(', ')})` : ''}`,
    `  unchanged: ${plan.unchanged.length}`,
    `  rejected: ${plan.rejected.length}`,
  ];
  for (const r of plan.rejected) lines.push(`rejected ${r.ref}: ${r.reasons.join('; ')}`);
  for (const e of [...plan.added, ...plan.updated])
    for (const n of e.notes) lines.push(`note ${e.ref}: ${n}`);
  return lines.map((l) => stripControl(l, false)).join('\n');
}

export type { Candidate };
