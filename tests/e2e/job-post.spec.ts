import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { axeViolations as axe, expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('an employer submits the empty form, fixes every error and gets the posting file', async ({
  page,
}) => {
  await page.goto('/jobs/post/');
  await page.evaluate(() => localStorage.clear());
  await expect(page.getByText('The form needs JavaScript,')).toBeHidden();
  // The server renders the form without a date; the browser puts in the visitor's day (UTC), not the build's.
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  await expect(page.getByLabel('Date posted')).toHaveValue(today);
  await page.getByRole('button', { name: 'Create the file' }).click();

  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: 'Enter the job title' })).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);

  await summary.getByRole('link', { name: 'Enter the job title' }).click();
  await expect(page.getByLabel('Job title')).toBeFocused();

  await page.getByLabel('Job title').fill('Clinical Case Manager (LCSW)');
  await page.getByLabel('Employer', { exact: true }).fill('Acme Health');
  await page.getByLabel('Setting').selectOption('hospital');
  await page.getByLabel('Type of employment').selectOption('full-time');
  await page.getByLabel('City (optional)').fill('Boston');
  await page.getByLabel('State (optional)').selectOption('MA');
  await page.getByLabel('Lowest pay (optional)').fill('68,000');
  await page.getByLabel('Per (optional)').selectOption('year');
  await page.getByLabel('Licenses required (optional)').fill('LCSW, LICSW');
  await page
    .getByLabel('Description')
    .fill('Coordinate care for adults leaving the hospital, with the team and community partners.');
  await page.getByLabel('Date posted').fill('2026-11-23');
  await page.getByLabel('Last day to apply').fill('2027-01-15');
  await expect(summary.getByRole('link')).toHaveText([
    'Enter a link to apply, an email address to apply to, or both',
  ]);
  await page.getByLabel('Email to apply (optional)').fill('jobs@acme.example.org');
  await page.getByRole('button', { name: 'Create the file' }).click();

  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  const heading = page.getByRole('heading', { name: 'Your posting file is ready' });
  await expect(heading).toBeFocused();
  const id = 'acme-health-boston-clinical-case-manager-lcsw-2026-11';
  const shown = await page.getByLabel(`Contents of ${id}.yaml`).innerText();
  expect(parse(shown)).toMatchObject({
    id,
    title: 'Clinical Case Manager (LCSW)',
    employer: { name: 'Acme Health' },
    location: { city: 'Boston', state: 'MA' },
    pay: { min: 68000, per: 'year' },
    licenseRequired: ['LCSW', 'LICSW'],
    datePosted: '2026-11-23',
    validThrough: '2027-01-15',
    apply: { email: 'jobs@acme.example.org' },
    source: { name: 'employer', id },
  });
  expect(await axe(page)).toEqual([]);

  // The GitHub "Post a job" form opens filled in with the same answers (field ids of post-a-job.yml).
  const send = new URL((await page.getByTestId('send-github').getAttribute('href'))!);
  expect(send.pathname).toMatch(/\/issues\/new$/);
  expect(send.searchParams.get('template')).toBe('post-a-job.yml');
  expect(send.searchParams.get('job_title')).toBe('Clinical Case Manager (LCSW)');
  expect(send.searchParams.get('employer_name')).toBe('Acme Health');
  expect(send.searchParams.get('state')).toBe('MA');
  expect(send.searchParams.get('valid_through')).toBe('2027-01-15');
  expect(send.searchParams.get('apply_email')).toBe('jobs@acme.example.org');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${id}.yaml`);
  expect(readFileSync(await download.path(), 'utf8')).toBe(
    shown.endsWith('\n') ? shown : `${shown}\n`,
  );

  await page.getByRole('button', { name: 'Copy the file' }).click();
  await expect(page.getByTestId('copy-status')).toHaveText('Copied the file to the clipboard.');
  expect(parse(await page.evaluate(() => navigator.clipboard.readText())).id).toBe(id);

  // The draft survives a reload, in this browser only.
  await page.reload();
  await expect(page.getByLabel('Job title')).toHaveValue('Clinical Case Manager (LCSW)');
  await page.getByRole('button', { name: 'Clear the form' }).first().click();
  await expect(page.getByLabel('Job title')).toHaveValue('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains the file format with an example', async ({ page }) => {
    await page.goto('/jobs/post/');
    await expect(page.getByText('The form needs JavaScript,')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create the file' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'The file format' })).toBeVisible();
    expect(parse(await page.getByLabel('Example posting file').innerText())).toMatchObject({
      source: { name: 'employer' },
    });
    await expect(page.getByRole('table', { name: 'The fields of a posting file' })).toContainText(
      'validThrough',
    );
  });
});

test('loading and checking the form raises no Content Security Policy violation', async ({
  page,
}) => {
  // Chrome logs no console message for a caught eval probe, so listen for the event itself.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
      true,
    );
  });
  await page.goto('/jobs/post/');
  await page.getByLabel('Job title').focus(); // loads the checker (zod and the jobs schema)
  await page.getByRole('button', { name: 'Create the file' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});
