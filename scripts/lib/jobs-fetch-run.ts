// The file side of `npm run jobs:fetch`: read the config and the jobs folder, run every source, write the plan.
// The decisions live in src/lib/jobs/fetch/ (pure); this file only reads, fetches and writes.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, parseFetchConfig } from '#src/lib/jobs/fetch/config.ts';
import { createHttp, httpOptionsFromEnv, SourceError } from '#src/lib/jobs/fetch/http.ts';
import {
  formatFetchReport,
  planFetch,
  type ExistingFile,
  type FetchPlan,
  type SourceResult,
} from '#src/lib/jobs/fetch/plan.ts';
import { fetchSource } from '#src/lib/jobs/fetch/providers/index.ts';
import { SkipSource } from '#src/lib/jobs/fetch/types.ts';
import { writeAtomic } from './job-files.ts';

export interface FetchRunOptions {
  configFile: string;
  dir: string;
  /** Run only the entry with this name (--source). */
  only?: string | undefined;
  dryRun?: boolean;
  env?: Record<string, string | undefined>;
  /** YYYY-MM-DD: "today". */
  asOf: string;
}

export interface FetchRun {
  plan: FetchPlan;
  text: string;
  /** Files that could not be written, with the reason. */
  failures: string[];
}

/** Every job file in `dir`, by id, with its text and parsed data. */
export function readJobFolder(dir: string): Map<string, ExistingFile> {
  const out = new Map<string, ExistingFile>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).sort()) {
    if (!/^[^.].*\.ya?ml$/.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    let data: Record<string, unknown> | undefined;
    try {
      const parsed: unknown = parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        data = parsed as Record<string, unknown>;
    } catch {
      // Not YAML: it keeps its name and is never touched.
    }
    out.set(file.replace(/\.ya?ml$/, ''), { file, text, ...(data ? { data } : {}) });
  }
  return out;
}

export async function runJobsFetch(opts: FetchRunOptions): Promise<FetchRun> {
  const env = opts.env ?? process.env;
  if (!existsSync(opts.configFile))
    throw new ConfigError(`${opts.configFile}: no such file. Give the sources file with --config.`);
  const config = parseFetchConfig(readFileSync(opts.configFile, 'utf8'), opts.configFile);
  let entries = config.sources;
  if (opts.only) {
    entries = entries.filter((e) => e.name === opts.only);
    if (!entries.length)
      throw new ConfigError(
        `--source ${opts.only}: ${opts.configFile} has no entry of that name. Names: ${config.sources.map((e) => e.name).join(', ')}.`,
      );
  }
  const http = createHttp(
    httpOptionsFromEnv(env, env.SITE_URL || 'https://github.com/clinical-case-manager'),
  );
  const results: SourceResult[] = await Promise.all(
    entries.map(async (entry): Promise<SourceResult> => {
      try {
        const postings = await fetchSource(entry, { http, env, setting: entry.setting });
        return { entry, status: 'ok', postings };
      } catch (e) {
        if (e instanceof SkipSource) return { entry, status: 'skipped', message: e.message };
        if (e instanceof SourceError) return { entry, status: 'failed', message: e.message };
        return {
          entry,
          status: 'failed',
          message: `unexpected error: ${(e as Error).message}`,
        };
      }
    }),
  );
  const plan = planFetch(results, readJobFolder(opts.dir), {
    asOf: opts.asOf,
    rollingDays: config.rollingDays,
  });
  const failures: string[] = [];
  if (!opts.dryRun && plan.writes.length) {
    mkdirSync(opts.dir, { recursive: true });
    for (const [file, yaml] of plan.writes) {
      try {
        writeAtomic(opts.dir, file, yaml);
      } catch (e) {
        failures.push(`${file}: ${(e as Error).message}`);
      }
    }
  }
  return {
    plan,
    text: formatFetchReport(plan, { dir: opts.dir, dryRun: !!opts.dryRun }),
    failures,
  };
}
