// Adds up the JSON reports the test runners write to reports/ and prints one closing line:
//   "tests: N passed, N failed, N skipped"
// `node scripts/test-report.mjs reset` clears old reports before a run; `summary` prints the totals.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'reports';
const FILES = {
  'unit (vitest)': 'vitest-unit.json',
  'site (vitest)': 'vitest-site.json',
  'browser (playwright)': 'playwright.json',
};

/** Vitest's JSON report counts tests directly. */
const fromVitest = (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
});
/** Playwright's JSON report keeps totals in stats. */
const fromPlaywright = (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
  skipped: r.stats.skipped,
});

const mode = process.argv[2] ?? 'summary';
if (mode === 'reset') {
  for (const f of Object.values(FILES)) rmSync(join(DIR, f), { force: true });
  mkdirSync(DIR, { recursive: true });
} else {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, file] of Object.entries(FILES)) {
    const path = join(DIR, file);
    if (!existsSync(path)) {
      console.log(`${name}: did not run`);
      continue;
    }
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const c = file.startsWith('playwright') ? fromPlaywright(report) : fromVitest(report);
    console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    for (const k of Object.keys(total)) total[k] += c[k];
  }
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
