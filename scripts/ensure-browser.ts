// Make sure a Chromium exists for the browser tests, installing one the way this machine allows.
// Order: CHROMIUM_PATH, Debian/Ubuntu's chromium, Playwright's own download. Prints what it uses.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter((p): p is string => Boolean(p));
const found = () => candidates.find((p) => existsSync(p));
const run = (cmd: string) => execSync(cmd, { stdio: 'inherit' });

if (found()) {
  console.log(`Browser tests use ${found()}`);
} else if (
  process.platform === 'linux' &&
  existsSync('/usr/bin/apt-get') &&
  process.getuid?.() === 0
) {
  console.log('Installing Debian chromium for the browser tests...');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  if (!found())
    throw new Error(
      'apt-get finished but /usr/bin/chromium is missing. Install Chromium and set CHROMIUM_PATH.',
    );
  console.log(`Browser tests use ${found()}`);
} else {
  console.log(
    "No system Chromium found; downloading Playwright's (set CHROMIUM_PATH to use your own).",
  );
  run('npx playwright install chromium');
}
