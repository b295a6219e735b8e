import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import JSZip from 'jszip';
import { axeViolations as axe, expect, test } from './fixtures';

const URL = '/job-description/builder/';
const HOSTILE = '</script><script>alert(1)</script>';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Console errors, uncaught errors and CSP violations (the shared fixture), and any dialog: an alert would mean injected script ran. */
test.beforeEach(async ({ page, problems, javaScriptEnabled }) => {
  page.on('dialog', (d) => {
    problems.list.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(URL);
  if (javaScriptEnabled) await page.locator('[data-ready]').waitFor();
});
test.afterEach(({ problems }) => problems.expectNone());

/** The draft the builder saved in this browser (it saves a moment after each change), as stored. */
const savedDraft = (page: Page) =>
  page.evaluate(() => localStorage.getItem('ccm:jd-builder-draft:v1') ?? '');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function fill(page: Page, org = 'Acme Health') {
  await page.getByLabel('Organization', { exact: true }).fill(org);
  await page.getByLabel('City').fill('Boston');
  await page.getByLabel('State', { exact: true }).selectOption({ label: 'Massachusetts' });
  await page.getByLabel('Lowest pay ($)').fill('65000');
  await page.getByLabel('Highest pay ($)').fill('78,000');
  await page.getByLabel('How to apply').fill('Apply at https://acme.example/jobs');
}
const checkAndExport = (page: Page) =>
  page.getByRole('button', { name: 'Check and export' }).click();

test('choosing a state fills in its license title and shows official pay with its source', async ({
  page,
}) => {
  const license = page.getByLabel('License required (optional)');
  await page.getByLabel('State', { exact: true }).selectOption({ label: 'Massachusetts' });
  await expect(license).toHaveValue('LICSW');
  await expect(page.locator('.jd-preview')).toContainText(
    'Required: a current Massachusetts Licensed Independent Clinical Social Worker (LICSW) license.',
  );
  const payBox = page.locator('.pay-context');
  const stateTable = payBox.getByRole('table', {
    name: /Massachusetts: pay percentiles per year, May 2025/,
  });
  await expect(stateTable).toBeVisible();
  await expect(payBox).toContainText(
    'Source: BLS OEWS by state, May 2025 (U.S. Bureau of Labor Statistics, May 2025)',
  );
  // The general template compares with healthcare social workers: their row comes first, from the state table.
  const ma = (
    parse(readFileSync('content/wages/state-may-2025.yaml', 'utf8')) as {
      rows: { area: string; soc: string; p25: number; median: number; p75: number }[];
    }
  ).rows.find((r) => r.area === 'MA' && r.soc === '21-1022')!;
  const first = stateTable.locator('tbody tr').first();
  await expect(first.locator('th')).toContainText('Healthcare Social Workers');
  await expect(first.locator('th')).toContainText('closest to this template');
  await expect(first.locator('td')).toHaveText(
    [ma.p25, ma.median, ma.p75].map((v) => `$${v.toLocaleString('en-US')}`),
  );
  await expect(
    payBox.getByRole('table', { name: /United States: pay percentiles per year, May 2025/ }),
  ).toBeVisible();

  await page.getByLabel('State', { exact: true }).selectOption({ label: 'New York' });
  await expect(license).toHaveValue('LCSW');
  await expect(page.locator('.jd-preview')).toContainText(
    'New York Licensed Clinical Social Worker (LCSW)',
  );
  await page.getByLabel('per hour').check();
  await expect(
    payBox.getByRole('table', { name: /United States: pay percentiles per hour/ }),
  ).toBeVisible();
});

test('validation shows an error summary that takes focus, errors beside fields, and passes axe', async ({
  page,
}) => {
  await checkAndExport(page);
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText([
    /organization/,
    /city/,
    /state/,
    /lowest pay/,
    /highest pay/,
    /how to apply/,
  ]);
  const org = page.getByLabel('Organization', { exact: true });
  await expect(org).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#jd-organization-error')).toHaveText(
    'Error: Enter the name of your organization',
  );
  await expect(org).toHaveAccessibleDescription('Error: Enter the name of your organization');
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link', { name: /how to apply/ }).click();
  await expect(page.getByLabel('How to apply')).toBeFocused();
  await expect(
    page.getByRole('heading', { name: 'Copy or download your job description' }),
  ).toHaveCount(0);
});

test('copies as text, Markdown, HTML and the JobPosting snippet, with hostile input kept as text', async ({
  page,
}) => {
  await fill(page, `Acme ${HOSTILE}`);
  await expect(page.locator('.jd-preview dd').first()).toHaveText(`Acme ${HOSTILE}`);
  await checkAndExport(page);
  await expect(
    page.getByRole('heading', { name: 'Copy or download your job description' }),
  ).toBeFocused();
  const status = page.getByTestId('export-status');

  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(status).toContainText('Copied plain text to the clipboard.');
  const text = await clipboard(page);
  expect(text.startsWith('Clinical Case Manager\n\nOrganization: Acme </script>')).toBe(true);
  expect(text).toContain('Pay: $65,000 to $78,000 per year');

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(status).toContainText('Copied Markdown');
  expect(await clipboard(page)).toContain(
    '**Organization:** Acme &lt;/script&gt;&lt;script&gt;alert\\(1\\)&lt;/script&gt;',
  );

  await page.getByRole('button', { name: 'Copy as HTML' }).click();
  await expect(status).toContainText('Copied HTML');
  const html = await clipboard(page);
  expect(html).toContain('<dd>Acme &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</dd>');
  expect(html).not.toContain('<script');

  await page.getByRole('button', { name: 'Copy the JobPosting snippet' }).click();
  await expect(status).toContainText('Copied the JobPosting snippet');
  const snippet = await clipboard(page);
  expect(snippet.match(/<\/script>/g)).toHaveLength(1);
  const json = JSON.parse(
    snippet.replace(/^<script type="application\/ld\+json">\n/, '').replace(/\n<\/script>\n$/, ''),
  );
  expect(json).toMatchObject({
    '@type': 'JobPosting',
    hiringOrganization: { name: `Acme ${HOSTILE}` },
    jobLocation: {
      address: { addressLocality: 'Boston', addressRegion: 'MA', addressCountry: 'US' },
    },
    baseSalary: { value: { minValue: 65000, maxValue: 78000, unitText: 'YEAR' } },
  });
  await expect(page.getByTestId('jsonld-snippet')).toContainText('\\u003c/script><script>');
  await expect(page.getByTestId('jsonld-snippet')).toContainText('\n  "@type": "JobPosting",\n');
  expect(await axe(page)).toEqual([]);
});

test('downloads .txt, .md and a valid .docx containing the organization', async ({ page }) => {
  await fill(page);
  await checkAndExport(page);
  const save = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return { file: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  };
  const txt = await save('Download plain text (.txt)');
  expect(txt.file).toBe('clinical-case-manager-acme-health.txt');
  expect(txt.bytes.toString('utf8')).toContain('Organization: Acme Health');
  const md = await save('Download Markdown (.md)');
  expect(md.file).toBe('clinical-case-manager-acme-health.md');
  expect(md.bytes.toString('utf8')).toContain('**Organization:** Acme Health');
  const docx = await save('Download Word (.docx)');
  expect(docx.file).toBe('clinical-case-manager-acme-health.docx');
  const zip = await JSZip.loadAsync(docx.bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Acme Health');
  expect(xml).toContain('Licensed Independent Clinical Social Worker (LICSW)');
  await expect(page.getByTestId('export-status')).toContainText(
    'Downloaded clinical-case-manager-acme-health.docx.',
  );
});

test('reorders lines with buttons, announces the move, and restores the draft after reload', async ({
  page,
}) => {
  await fill(page);
  const duties = page.getByRole('group', { name: 'Duties and responsibilities' });
  const firstText = (await duties.locator('li label').first().textContent())!;
  await duties
    .getByRole('button', { name: /^Move down/ })
    .first()
    .click();
  await expect(page.getByTestId('announcer')).toContainText('to position 2 of');
  await expect(duties.locator('li label').nth(1)).toHaveText(firstText);
  await expect(duties.getByRole('button', { name: /^Move down/ }).nth(1)).toBeFocused();
  await duties.getByLabel('Add a duty of your own').fill('Run the weekly team huddle');
  await duties.getByRole('button', { name: 'Add duty' }).click();
  await duties.getByRole('checkbox').nth(2).uncheck();
  await page.getByLabel('CCM: Certified Case Manager').check();
  // The last change is saved once the draft lists the certification.
  await expect.poll(() => savedDraft(page)).toContain('"certifications":["CCM"]');

  await page.reload();
  await page.locator('[data-ready]').waitFor();
  await expect(page.getByText('We restored the draft saved in this browser.')).toBeVisible();
  await expect(page.getByLabel('Organization', { exact: true })).toHaveValue('Acme Health');
  await expect(page.getByLabel('State', { exact: true })).toHaveValue('MA');
  await expect(page.getByLabel('Highest pay ($)')).toHaveValue('78,000');
  await expect(duties.locator('li label').nth(1)).toHaveText(firstText);
  await expect(duties.locator('li label').last()).toHaveText('Run the weekly team huddle');
  await expect(duties.getByRole('checkbox').nth(2)).not.toBeChecked();
  await expect(page.getByLabel('CCM: Certified Case Manager')).toBeChecked();
});

test('start over asks first, cancel keeps everything, confirming clears the form and the saved draft', async ({
  page,
}) => {
  // A fake clock that runs at normal speed, so the draft's save timer can be fired on demand.
  await page.clock.install();
  await page.reload();
  await page.locator('[data-ready]').waitFor();
  await fill(page);
  await expect.poll(() => savedDraft(page)).toContain('Apply at https://acme.example/jobs');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.locator('#jd-confirm-question')).toBeFocused();
  await expect(page.locator('#jd-confirm-question')).toContainText(
    'Discard your draft and start again from the template?',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeFocused();
  await expect(page.getByLabel('Organization', { exact: true })).toHaveValue('Acme Health');

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, discard my draft' }).click();
  await expect(page.getByLabel('Organization', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('State', { exact: true })).toHaveValue('');
  await expect(page.getByTestId('announcer')).toHaveText(
    'Draft discarded. The form is back to the general template.',
  );
  // Fire every pending timer now: a save scheduled by the discard would write the template back.
  await page.clock.runFor(2_000);
  expect(await page.evaluate(() => localStorage.getItem('ccm:jd-builder-draft:v1'))).toBeNull();
  await page.reload();
  await page.locator('[data-ready]').waitFor();
  await expect(page.getByLabel('Organization', { exact: true })).toHaveValue('');
});

test('keyboard only: Tab to each field, type, Space and Enter to act', async ({ page }) => {
  const tabTo = async (id: string) => {
    for (let i = 0; i < 300; i++) {
      if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach #${id} with Tab`);
  };
  await tabTo('jd-organization');
  await page.keyboard.type('Keyboard Care');
  await tabTo('jd-city');
  await page.keyboard.type('Albany');
  await tabTo('jd-state');
  await page.keyboard.type('New York');
  await expect(page.locator('#jd-state')).toHaveValue('NY');
  await tabTo('jd-pay-min');
  await page.keyboard.type('30');
  await tabTo('jd-pay-max');
  await page.keyboard.type('38');
  await tabTo('jd-cert-CCM');
  await page.keyboard.press('Space');
  await expect(page.locator('#jd-cert-CCM')).toBeChecked();
  await tabTo('jd-duties-0-down');
  await page.keyboard.press('Enter');
  await expect(page.locator('#jd-duties-1-down')).toBeFocused();
  await tabTo('jd-how-to-apply');
  await page.keyboard.type('Email jobs@keyboard.example');
  await tabTo('jd-check');
  await expect(page.getByRole('button', { name: 'Check and export' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Copy or download your job description' }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-status')).toContainText('Copied plain text');
  const text = await clipboard(page);
  expect(text).toContain('Organization: Keyboard Care');
  expect(text).toContain('Location: Albany, New York');
  expect(text).toContain('New York Licensed Clinical Social Worker (LCSW)');
  expect(text).toContain('Preferred: Certified Case Manager (CCM).');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says what it is and links to the static templates', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Job description builder');
    await expect(
      page.getByText('The builder runs in your browser and needs JavaScript.'),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nursing (RN)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check and export' })).toBeHidden();
  });
});

test.describe('dark color scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('errors, the filled form and the export panel pass axe', async ({ page }) => {
    await checkAndExport(page);
    expect(await axe(page)).toEqual([]);
    await fill(page);
    await checkAndExport(page);
    await page.getByRole('button', { name: 'Start over' }).click();
    expect(await axe(page)).toEqual([]);
  });
});

test('a link jumps to the live preview, which follows what is typed', async ({ page }) => {
  await page.getByLabel('Organization', { exact: true }).fill('Preview Health');
  await page.getByRole('link', { name: 'Go to the preview' }).click();
  await expect(page).toHaveURL(/#jd-preview-heading$/);
  await expect(page.getByRole('heading', { name: 'Preview', exact: true })).toBeInViewport();
  await expect(page.locator('.jd-preview')).toContainText(
    'Preview Health is looking for a clinical case manager',
  );
});

test('after a failed check the error summary drops each error as its field is corrected', async ({
  page,
}) => {
  await checkAndExport(page);
  const summary = page.getByTestId('error-summary');
  await expect(summary.getByRole('link')).toHaveCount(6);
  await page.getByLabel('Organization', { exact: true }).fill('Acme Health');
  await expect(summary.getByRole('link', { name: /organization/ })).toHaveCount(0);
  await expect(summary.getByRole('link')).toHaveCount(5);
  await page.getByLabel('City').fill('Boston');
  await page.getByLabel('State', { exact: true }).selectOption({ label: 'Massachusetts' });
  await expect(summary.getByRole('link')).toHaveText([/lowest pay/, /highest pay/, /how to apply/]);
  await page.getByLabel('Lowest pay ($)').fill('65000');
  await page.getByLabel('Highest pay ($)').fill('78000');
  await page.getByLabel('How to apply').fill('Apply online');
  await expect(summary).toHaveCount(0);
});

test('"Send to the job board" opens the post form with the builder\'s fields filled in', async ({
  page,
}) => {
  await fill(page);
  await page.getByLabel('Closing date (optional)').fill('2027-02-01');
  await checkAndExport(page);
  await page.getByTestId('send-to-board').click();
  await expect(page).toHaveURL(/\/jobs\/post\/$/); // the carried values leave the address once read
  await expect(page.getByTestId('from-builder')).toBeVisible();
  await expect(page.getByLabel('Employer', { exact: true })).toHaveValue('Acme Health');
  await expect(page.getByLabel('City (optional)')).toHaveValue('Boston');
  await expect(page.getByLabel('State (optional)')).toHaveValue('MA');
  await expect(page.getByLabel('Lowest pay (optional)')).toHaveValue('65000');
  await expect(page.getByLabel('Last day to apply')).toHaveValue('2027-02-01');
  await expect(page.getByLabel('Link to apply (optional)')).toHaveValue(
    'https://acme.example/jobs',
  );
  await expect(page.getByLabel('Description')).toHaveValue(/Acme Health/);
  await page.evaluate(() => localStorage.clear());
});
