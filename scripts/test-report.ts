// Adds up the JSON reports the test runners write to reports/ and prints one closing line:
//   "tests: N passed, N failed, N skipped"
// `npm run test:report -- reset` clears old reports before a run; `npm run test:report` (or `-- summary`)
// prints the totals.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'reports';
const FILES = {
  'unit (vitest)': 'vitest-unit.json',
  'site (vitest)': 'vitest-site.json',
  'browser (playwright)': 'playwright.json',
};

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
/** The parts of Vitest's JSON report read here. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
/** The parts of Playwright's JSON report read here. */
interface PlaywrightReport {
  stats: { expected: number; flaky: number; unexpected: number; skipped: number };
}

/** Vitest's JSON report counts tests directly. */
const fromVitest = (r: VitestReport): Counts => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
});
/** Playwright's JSON report keeps totals in stats. */
const fromPlaywright = (r: PlaywrightReport): Counts => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
  skipped: r.stats.skipped,
});

const mode = process.argv[2] ?? 'summary';
if (mode === 'reset') {
  for (const f of Object.values(FILES)) rmSync(join(DIR, f), { force: true });
  mkdirSync(DIR, { recursive: true });
} else {
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, file] of Object.entries(FILES)) {
    const path = join(DIR, file);
    if (!existsSync(path)) {
      console.log(`${name}: did not run`);
      continue;
    }
    const report: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const c = file.startsWith('playwright')
      ? fromPlaywright(report as PlaywrightReport)
      : fromVitest(report as VitestReport);
    console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  }
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
