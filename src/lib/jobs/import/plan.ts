import { jobSchema } from '#src/schemas/job.ts';
import { jobToYaml } from '../job-yaml.ts';
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

/**
 * Decide what happens to each record: added (new id), updated (same id, same source, the fingerprint changed),
 * unchanged (same fingerprint) or rejected (with every reason). The first record with an id wins; later ones with
 * the same id are rejected. A file that belongs to another source (an example, an employer's posting, the other
 * importer) is never replaced.
 */
export function planImport(read: SourceReadResult, existing: Map<string, ExistingJob>): Plan {
  const plan: Plan = { source: read.source, added: [], updated: [], unchanged: [], rejected: [] };
  const firstRef = new Map<string, string>();
  for (const c of read.candidates) {
    const reasons = [...c.problems];
    if (c.job) reasons.push(...schemaReasons(c.job, read.fieldName, c.problems));
    if (c.id && firstRef.has(c.id))
      reasons.unshift(
        `id: ${c.id} is used by ${firstRef.get(c.id)} earlier in this file; the first one is kept. Give each posting its own id.`,
      );
    const held = c.id ? existing.get(c.id) : undefined;
    if (held && (held.example || held.sourceName !== read.source)) {
      reasons.unshift(
        `id: ${c.id}.yaml already exists and belongs to ${held.example ? 'an example posting' : `source "${held.sourceName ?? 'unknown'}"`}; the importer never replaces it. Give this posting another id.`,
      );
    }
    if (c.id && !firstRef.has(c.id)) firstRef.set(c.id, c.ref);
    if (reasons.length || !c.id || !c.job) {
      plan.rejected.push({
        ref: c.ref,
        id: c.id,
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

/** The report printed after an import: counts, then one line per rejected record and per note. */
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
  return lines.join('\n');
}

export type { Candidate };
