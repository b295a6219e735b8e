import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Printing a job description template or the builder's preview gives a clean job description on US Letter
 * and nothing else. Each page is printed to PDF as Chromium would print it (page.pdf honors @page) and its
 * text read back with pdftotext (poppler-utils).
 */
const hasPdfToText = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function printed(page: Page): Promise<{ text: string; pages: number; size: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ccm-print-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    text: text.replace(/\s+/g, ' '),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+([^\n]+)/.exec(info)?.[1] ?? '',
  };
}

/** Words from the site around the description that must not be printed. */
const SITE_CHROME = [
  'Clinical Case Manager Guide',
  'Skip to main content',
  'Career guide',
  'Search',
  'Templates by setting',
  'Copy the whole description',
  'Copy section',
  'Sources for this page',
  'Build your own version',
  'Report a correction',
];

test.skip(!hasPdfToText, 'needs pdftotext and pdfinfo (apt-get install poppler-utils)');

for (const [path, title] of [
  ['/job-description/', 'Clinical Case Manager'],
  ['/job-description/hospital/', 'Hospital Case Manager, Utilization and Discharge Planning'],
  ['/job-description/nurse/', 'Nurse Case Manager (RN)'],
] as const) {
  test(`printing ${path} gives the job description alone, on US Letter`, async ({ page }) => {
    await page.goto(path);
    const pdf = await printed(page);
    expect(pdf.size).toMatch(/^612 x 792 pts/);
    expect(pdf.text.trimStart().startsWith(title)).toBe(true);
    for (const heading of ['About the role', 'Duties and responsibilities', 'Qualifications'])
      expect(pdf.text).toContain(heading);
    expect(pdf.text).toContain('How to apply');
    for (const words of SITE_CHROME) expect(pdf.text, words).not.toContain(words);
  });
}

test('printing the builder gives its preview alone, filled in, on US Letter', async ({ page }) => {
  await page.goto('/job-description/builder/');
  await page.locator('[data-ready]').waitFor();
  await page.getByLabel('Organization', { exact: true }).fill('Acme Health');
  await page.getByLabel('City').fill('Boston');
  await page.getByLabel('State', { exact: true }).selectOption({ label: 'Massachusetts' });
  const pdf = await printed(page);
  expect(pdf.size).toMatch(/^612 x 792 pts/);
  expect(pdf.text.trimStart().startsWith('Clinical Case Manager')).toBe(true);
  expect(pdf.text).toContain('Acme Health');
  expect(pdf.text).toContain('Boston, Massachusetts');
  expect(pdf.text).toContain('Duties and responsibilities');
  for (const words of [
    ...SITE_CHROME,
    'Preview',
    'The job',
    'Check and export',
    'Your draft is saved',
  ])
    expect(pdf.text, words).not.toContain(words);
});
