/**
 * A build of the site in a child process, for tests that build from their own content folder or settings
 * into their own temporary output (see tests/content-copy.ts for the content).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildEnv } from '../scripts/lib/clean-env.ts';

/** What a child build ended with: its exit code and everything it printed, without terminal colors. */
export interface ChildBuild {
  code: number | null;
  output: string;
}

/**
 * Run `npm run build` with Astro's cache and output in `work` (OUT_DIR defaults to `work`/dist, the cache to
 * `work`/cache) and `env` added to a clean environment (see scripts/lib/clean-env.ts).
 */
export function childBuild(work: string, env: Record<string, string> = {}): ChildBuild {
  const run = spawnSync('npm', ['run', 'build', '--silent'], {
    env: buildEnv({ ASTRO_CACHE_DIR: join(work, 'cache'), OUT_DIR: join(work, 'dist'), ...env }),
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  return { code: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}
