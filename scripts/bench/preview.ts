/**
 * Serve a build folder with `astro preview` on a port, and stop it again (only the process group it started).
 * `--ignore-lock` lets it run beside another preview of the same project (Astro otherwise allows one).
 */
import { spawn } from 'node:child_process';
import { buildEnv } from '../lib/clean-env.ts';

export interface Preview {
  url: string;
  /** Stop the server and wait until the port is free again. */
  stop(): Promise<void>;
}

const answers = (url: string) =>
  fetch(url).then(
    () => true,
    () => false,
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPreview(outDir: string, port: number, root = '.'): Promise<Preview> {
  const url = `http://127.0.0.1:${port}`;
  if (await answers(`${url}/`))
    throw new Error(
      `Port ${port} is already in use; set BENCH_PORT (bench) or LIGHTHOUSE_PORT (lighthouse) to a free port.`,
    );
  const child = spawn(
    'npm',
    [
      'run',
      'preview',
      '--silent',
      '--',
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: root,
      env: buildEnv({ OUT_DIR: outDir }),
      stdio: 'ignore',
      detached: true,
    },
  );
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 40 && (await answers(`${url}/`)); i++) await sleep(250);
  };
  for (let i = 0; i < 120; i++) {
    const res = await fetch(`${url}/`).catch(() => undefined);
    if (res?.ok) return { url, stop };
    if (child.exitCode !== null) break;
    await sleep(500);
  }
  await stop();
  throw new Error(`astro preview of ${outDir} did not answer on port ${port}`);
}
