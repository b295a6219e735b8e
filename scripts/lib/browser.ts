import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet and working on a locked-down, offline machine (and as root). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Which Chromium to drive. CHROMIUM_PATH wins; then Debian's /usr/bin/chromium; otherwise undefined,
 * which lets Playwright use the browser it downloaded itself (`npx playwright install chromium`).
 */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return undefined;
}

/** Playwright launch options: our flags (plus `extraArgs`) and the Chromium to drive, when one was found. */
export function chromiumLaunchOptions(extraArgs: string[] = [], executablePath = chromiumPath()) {
  return {
    args: [...CHROMIUM_ARGS, ...extraArgs],
    ...(executablePath ? { executablePath } : {}),
  };
}
