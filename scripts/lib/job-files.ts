import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ExistingJob, Plan } from '#src/lib/jobs/import/types.ts';

/** The job files already in `dir`, by id (the file name), with their source and fingerprint. */
export function readExisting(dir: string): Map<string, ExistingJob> {
  const out = new Map<string, ExistingJob>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)) {
    if (!/^[^.].*\.ya?ml$/.test(f)) continue;
    let data: Record<string, unknown> = {};
    try {
      data = (parse(readFileSync(join(dir, f), 'utf8')) ?? {}) as Record<string, unknown>;
    } catch {
      // A file that is not YAML still holds its name: treat it as another source's, so it is never overwritten.
    }
    const source = (data.source ?? {}) as Record<string, unknown>;
    out.set(f.replace(/\.ya?ml$/, ''), {
      file: f,
      ...(typeof source.name === 'string' ? { sourceName: source.name } : {}),
      ...(source.id != null ? { sourceId: String(source.id) } : {}),
      ...(typeof source.hash === 'string' ? { hash: source.hash } : {}),
      example: data.example === true,
    });
  }
  return out;
}

/** The temporary files writeAtomic makes: ".<file>.<pid>.<time>.tmp". */
const TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/;

/** Whether a process with this id is running (signal 0 only checks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the temporary files an import killed mid-write left in `dir` (those of a process still running are left
 * alone: it may be writing them). Returns the names removed.
 */
export function cleanStaleTemporaryFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const f of readdirSync(dir)) {
    const m = TEMPORARY.exec(f);
    if (!m || running(Number(m[1]))) continue;
    rmSync(join(dir, f), { force: true });
    removed.push(f);
  }
  return removed;
}

/** Write one file through a temporary file in the same folder and a rename, so no reader sees half a file. */
export function writeAtomic(dir: string, file: string, text: string): void {
  const tmp = join(dir, `.${file}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, join(dir, file));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Write the added and updated files of a plan; returns the failures (file and reason), if any. */
export function applyPlan(plan: Plan, dir: string): string[] {
  const failures: string[] = [];
  for (const e of [...plan.added, ...plan.updated]) {
    try {
      writeAtomic(dir, e.file, e.yaml);
    } catch (err) {
      failures.push(`${e.file}: ${(err as Error).message}`);
    }
  }
  return failures;
}
