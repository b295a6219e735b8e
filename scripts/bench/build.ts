/**
 * Run one production build (`npm run build`, so the project's Node 24 runs it) in a clean environment with its
 * own content, cache and output folders, and measure it: wall time, the time of each step (from the moment each
 * log line arrives), peak memory (GNU time's maximum resident set size of the build process), and the output.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildEnv } from '../lib/clean-env.ts';

export interface BuildResult {
  label: string;
  seconds: number;
  /** Seconds spent in each step, in order. */
  steps: Record<string, number>;
  /** Peak resident memory of the build, MiB (null when GNU time is missing). */
  peakMiB: number | null;
  pages: number;
  pagesPerSecond: number;
  outputBytes: number;
  outputFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** Steps whose marker line never appeared in the log (their time is in the step before). */
  missing: string[];
  /** All HTML in the output (what Pagefind reads), and the largest pages. */
  htmlBytes: number;
  largestPages: { path: string; bytes: number }[];
  log: string;
}

/**
 * Log lines that start a step, in the order the build prints them. The step runs until the next marker; the last
 * ("finish", Astro's own summary) runs to the end. A marker that never appears is reported (`missing`), since the
 * step before it then silently takes its time.
 */
export const MARKERS: [string, RegExp][] = [
  ['start-up', /^/],
  ['content sync', /\[content\] Syncing content/],
  ['types', /\[content\] Synced content/],
  ['build info', /\[build\] Collecting build info/],
  ['bundling', /\[build\] Building static entrypoints/],
  ['rendering', /generating static routes|Rearranging server assets/],
  // After rendering: the Pagefind pass (it reads every built page, noting the noindex ones), then the sitemap.
  ['pagefind', /\[build\] ✓ Completed in/],
  ['sitemap', /\[pagefind-index\] read \d+ pages into the index/],
  ['finish', /\[@astrojs\/sitemap\]/],
];

/**
 * The time of each step from a build's log lines (each with the second it arrived): a step lasts from its
 * marker line to the next marker that appears, the last one to the end (`seconds`).
 */
export function stepsOf(
  lines: { at: number; text: string }[],
  seconds: number,
): { steps: Record<string, number>; missing: string[] } {
  const hits: { step: string; at: number }[] = [];
  const missing: string[] = [];
  let from = 0;
  for (const [step, re] of MARKERS) {
    const i = lines.findIndex((l, k) => k >= from && re.test(l.text));
    const line = lines[i];
    if (step === 'start-up') hits.push({ step, at: 0 });
    else if (line) {
      hits.push({ step, at: line.at });
      from = i + 1;
    } else missing.push(step);
  }
  const steps: Record<string, number> = {};
  hits.forEach((h, k) => (steps[h.step] = +((hits[k + 1]?.at ?? seconds) - h.at).toFixed(2)));
  return { steps, missing };
}

function walk(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      const sub = walk(full);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += st.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Every HTML file under a folder with its size. */
const htmlFiles = (dir: string, rel = ''): { path: string; bytes: number }[] =>
  readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(dir, `${rel}/${e.name}`)
      : e.name.endsWith('.html')
        ? [{ path: `${rel}/${e.name}`, bytes: statSync(join(dir, rel, e.name)).size }]
        : [],
  );

export interface BuildOptions {
  label: string;
  /** The project folder to build in (a snapshot, see snapshot.ts). */
  root: string;
  contentDir?: string | undefined;
  outDir: string;
  cacheDir: string;
  logFile: string;
  asOf: string;
}

export async function runBuild(o: BuildOptions): Promise<BuildResult> {
  rmSync(o.outDir, { recursive: true, force: true });
  rmSync(o.cacheDir, { recursive: true, force: true });
  const timeFile = `${o.logFile}.time`;
  const gnuTime = existsSync('/usr/bin/time');
  const cmd = gnuTime ? '/usr/bin/time' : 'npm';
  const args = gnuTime
    ? ['-v', '-o', timeFile, 'npm', 'run', 'build', '--silent']
    : ['run', 'build', '--silent'];
  const env = buildEnv({
    OUT_DIR: o.outDir,
    ASTRO_CACHE_DIR: o.cacheDir,
    JOBS_AS_OF: o.asOf,
    ...(o.contentDir ? { CONTENT_DIR: o.contentDir } : {}),
  });
  const start = performance.now();
  const lines: { at: number; text: string }[] = [];
  const child = spawn(cmd, args, { cwd: o.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk: Buffer, carry: { rest: string }) => {
    const at = (performance.now() - start) / 1000;
    const parts = (carry.rest + chunk.toString('utf8')).split('\n');
    carry.rest = parts.pop() ?? '';
    for (const p of parts) lines.push({ at, text: stripVTControlCharacters(p) });
  };
  const out = { rest: '' };
  const err = { rest: '' };
  child.stdout.on('data', (c: Buffer) => collect(c, out));
  child.stderr.on('data', (c: Buffer) => collect(c, err));
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - start) / 1000;
  const log = lines.map((l) => `${l.at.toFixed(2).padStart(8)}s ${l.text}`).join('\n');
  writeFileSync(o.logFile, log);
  if (code !== 0)
    throw new Error(
      `The ${o.label} build failed (exit ${code}); its log is in ${o.logFile}:\n${log.split('\n').slice(-30).join('\n')}`,
    );

  const { steps, missing } = stepsOf(lines, seconds);

  const maxRss = gnuTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))
    : null;
  const all = walk(o.outDir);
  const pf = existsSync(join(o.outDir, 'pagefind'))
    ? walk(join(o.outDir, 'pagefind'))
    : { bytes: 0, files: 0 };
  const html = htmlFiles(o.outDir);
  const pages = html.length;
  return {
    label: o.label,
    seconds: +seconds.toFixed(2),
    steps,
    peakMiB: maxRss ? Math.round(Number(maxRss[1]) / 1024) : null,
    pages,
    pagesPerSecond: +(pages / seconds).toFixed(1),
    outputBytes: all.bytes,
    outputFiles: all.files,
    pagefindBytes: pf.bytes,
    pagefindFiles: pf.files,
    missing,
    htmlBytes: html.reduce((t, f) => t + f.bytes, 0),
    largestPages: html.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    log: o.logFile,
  };
}
