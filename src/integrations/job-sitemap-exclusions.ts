import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isOpen, isPublished, jobsAsOf } from '#src/lib/jobs/as-of.ts';
import { STATE_CODES } from '#src/schemas/vocabulary/us-states.ts';

/**
 * The job pages the sitemap must leave out: closed postings and example postings (they are noindex) and
 * the state job lists with no open real postings (examples do not count). Read straight from the YAML because the sitemap integration runs
 * outside the content layer; the build's schema has already validated these files.
 */
export function jobPathsToExclude(
  contentDir: string,
  env: Record<string, string | undefined> = process.env,
): Set<string> {
  const dir = join(contentDir, 'jobs');
  const out = new Set<string>();
  if (!existsSync(dir)) return out;
  const asOf = jobsAsOf(env);
  const covered = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const path = join(dir, file);
    let j;
    try {
      j = parse(readFileSync(path, 'utf8')) ?? {};
    } catch (e) {
      // Thrown while Astro loads its config, so the message must carry the file: Astro names only its own.
      throw new Error(
        `${path} is not valid YAML: ${(e as Error).message}. Fix the file (check quotes, brackets and indentation at that line).`,
        { cause: e },
      );
    }
    if (typeof j.id !== 'string' || !j.validThrough || !j.datePosted) continue;
    const dates = { datePosted: new Date(j.datePosted), validThrough: new Date(j.validThrough) };
    // A scheduled posting has no page yet and covers no state.
    if (!isPublished(dates, asOf)) continue;
    if (j.example === true || !isOpen(dates, asOf)) {
      out.add(`/jobs/${j.id}/`);
      continue;
    }
    if (j.location?.state) covered.add(j.location.state);
    const eligible = j.remote?.eligible;
    if (eligible === 'US') STATE_CODES.forEach((c) => covered.add(c));
    else if (Array.isArray(eligible)) eligible.forEach((c: string) => covered.add(c));
  }
  for (const code of STATE_CODES)
    if (!covered.has(code)) out.add(`/jobs/state/${code.toLowerCase()}/`);
  return out;
}
