import { expect, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('an employer copies the nurse template as plain text and as Markdown, and one section', async ({
  page,
}) => {
  await page.goto('/job-description/');
  await page
    .getByRole('navigation', { name: 'Templates by setting' })
    .getByRole('link', { name: 'Nursing (RN)' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Nurse Case Manager (RN): job description template',
  );

  await page.getByRole('button', { name: 'Copy the whole description as text' }).click();
  await expect(page.locator('[data-copy-status]')).toContainText('Copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.startsWith('Nurse Case Manager (RN)\n\nOrganization: [Organization]')).toBe(true);
  expect(text).toContain('Current registered nurse (RN) license in the state of practice');
  expect(text).not.toContain('<');

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  expect(
    (await page.evaluate(() => navigator.clipboard.readText())).startsWith(
      '# Nurse Case Manager \\(RN\\)',
    ),
  ).toBe(true);

  await page.getByRole('button', { name: 'Copy section “Skills” as text' }).click();
  const skills = await page.evaluate(() => navigator.clipboard.readText());
  expect(skills.startsWith('Skills\n\n- ')).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the template reads in full and the copy buttons stay hidden', async ({ page }) => {
    await page.goto('/job-description/hospital/');
    await expect(page.getByRole('heading', { name: 'Duties and responsibilities' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Copy the whole description as text' }),
    ).toBeHidden();
  });
});
