import { axeViolations, expect, test } from './fixtures';
const titles = (page: import('@playwright/test').Page) =>
  page.locator('[data-job-results] .job-title a');

test('filter by state and minimum pay, share the URL, and see the same list', async ({ page }) => {
  const index: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/jobs/index.json')) index.push(r.url());
  });
  await page.goto('/jobs/');
  await page.waitForLoadState('networkidle');
  const status = page.locator('[data-job-status]');
  // The form is ready at once; the posting index loads only when a visitor reaches for the filters.
  await expect(page.getByLabel('State', { exact: true })).toBeVisible();
  expect(index).toEqual([]);
  const all = await page.locator('[data-job-static] .job-card').count();
  expect(all).toBeGreaterThanOrEqual(10);

  // The development examples (every employer named "Example ...") are the fixed board these checks
  // count on; real postings, which the daily fetch adds, are narrowed away by the text search.
  await page.getByLabel('Search titles, employers and places').fill('Example');
  await expect(page).toHaveURL(/\?q=Example$/);
  expect(index).toHaveLength(1);
  await page.getByLabel('State', { exact: true }).selectOption('MA');
  await expect(page).toHaveURL(/\?q=Example&state=MA$/);
  await expect(titles(page)).toHaveCount(3); // Boston on site, plus two remote postings open to Massachusetts
  await expect(page.getByLabel('State', { exact: true }).locator('option[value="MA"]')).toHaveText(
    'Massachusetts (3)',
  );

  // The bottom of the range is compared: $82k–$96k passes $80,000; $78k–$92k does not.
  await page.getByLabel('Lowest pay offered (per year)').selectOption('80000');
  await expect(page).toHaveURL(/\?q=Example&state=MA&minPay=80000$/);
  await expect(titles(page)).toHaveText(['Remote RN Case Manager, Utilization Review']);
  await expect(status).toHaveText('Showing 1 of 1 example posting.');

  const shared = page.url();
  const again = await page.context().newPage();
  await again.goto(shared);
  await expect(again.getByLabel('State', { exact: true })).toHaveValue('MA');
  await expect(again.getByLabel('Lowest pay offered (per year)')).toHaveValue('80000');
  await expect(titles(again)).toHaveText(['Remote RN Case Manager, Utilization Review']);

  await again.getByRole('button', { name: 'Clear filters' }).click();
  await expect(again).toHaveURL(/\/jobs\/$/);
  await expect(titles(again)).toHaveCount(all);
});

test('choosing a state fetches only its shard and the nationwide postings, and draws what the whole index would', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.json')) fetched.push(path);
  });
  await page.goto('/jobs/');
  await page.waitForLoadState('networkidle');
  const state = page.getByLabel('State', { exact: true });
  const status = page.locator('[data-job-status]');
  const optionTexts = (label: string) =>
    page.getByLabel(label, { exact: true }).locator('option').allTextContents();
  await state.selectOption('MA');
  await expect(page).toHaveURL(/\?state=MA$/);
  await expect(status).toContainText('Showing');
  expect(fetched.sort()).toEqual(['/jobs/shards/ma.json', '/jobs/shards/nationwide.json']);
  await expect(state.locator('option[value="MA"]')).toHaveText(/^Massachusetts \(\d+\)$/);
  const fromShard = {
    titles: await titles(page).allTextContents(),
    status: await status.textContent(),
    counts: await Promise.all(['State', 'Setting', 'Employment type'].map(optionTexts)),
  };

  // A second state shares the nationwide postings already here: only its own shard loads, and the posting
  // open anywhere in the US is in both lists.
  const nationwide = (await page.request
    .get('/jobs/shards/nationwide.json')
    .then((r) => r.json())) as { jobs: { t: string }[] };
  expect(nationwide.jobs.length).toBeGreaterThan(0);
  for (const j of nationwide.jobs) expect(fromShard.titles).toContain(j.t);
  await state.selectOption('TX');
  await expect(page).toHaveURL(/\?state=TX$/);
  await expect(state.locator('option[value="TX"]')).toHaveText(/^Texas \(\d+\)$/);
  expect(fetched.filter((p) => p.includes('/shards/')).sort()).toEqual([
    '/jobs/shards/ma.json',
    '/jobs/shards/nationwide.json',
    '/jobs/shards/tx.json',
  ]);
  const texas = {
    titles: await titles(page).allTextContents(),
    status: await status.textContent(),
  };
  for (const j of nationwide.jobs) expect(texas.titles).toContain(j.t);

  // Back to any state: the server's own first page shows again, with the board's counts; nothing more loads.
  const staticCards = page.locator('[data-job-static] .job-card');
  const serverCards = await staticCards.count();
  await state.selectOption('');
  await expect(page).toHaveURL(/\/jobs\/$/);
  await expect(staticCards.first()).toBeVisible();
  await expect(page.locator('[data-job-results]')).toBeHidden();
  await expect(status).toContainText(`Showing ${serverCards} of`);
  expect(fetched.sort()).toEqual([
    '/jobs/shards/ma.json',
    '/jobs/shards/nationwide.json',
    '/jobs/shards/tx.json',
  ]);
  await state.selectOption('MA');
  await expect(status).toHaveText(fromShard.status!);

  // Another filter needs every state's postings (the state counts): the whole index loads, once. Back to the
  // state alone, the list and every count are the same as from the shard.
  const setting = page.getByLabel('Setting', { exact: true });
  await setting.selectOption({ index: 1 });
  await expect(page).toHaveURL(/\?state=MA&setting=/);
  expect(fetched.filter((p) => p === '/jobs/index.json')).toHaveLength(1);
  await setting.selectOption('');
  await expect(page).toHaveURL(/\?state=MA$/);
  await expect(titles(page)).toHaveText(fromShard.titles);
  await expect(status).toHaveText(fromShard.status!);
  expect(await Promise.all(['State', 'Setting', 'Employment type'].map(optionTexts))).toEqual(
    fromShard.counts,
  );
  // Texas from the whole index is Texas from its shard too.
  await state.selectOption('TX');
  await expect(titles(page)).toHaveText(texas.titles);
  await expect(status).toHaveText(texas.status!);
  expect(fetched.filter((p) => p === '/jobs/index.json')).toHaveLength(1);
});

test('sort by pay puts the best-paid first and postings without pay last; text search narrows', async ({
  page,
}) => {
  // Among the development examples (see above): real postings are narrowed away by the text search.
  await page.goto('/jobs/?q=Example&sort=pay');
  await expect(titles(page).first()).toHaveText('Contract RN Case Manager (13 weeks)'); // $62 an hour is $128,960 a year
  await expect(page.locator('[data-job-results] .job-card').last()).toContainText('Not stated');
  await page.getByLabel('Search titles, employers and places').fill('Example foster');
  await expect(titles(page)).toHaveText(['Clinical Case Manager, Foster Care']);
  await expect(page).toHaveURL(/\?q=Example\+foster&sort=pay$/);
});

test('no matches says so, and axe finds nothing with filters applied', async ({ page }) => {
  await page.goto('/jobs/?state=WY&license=LICSW&remote=onsite');
  await expect(page.locator('[data-job-status]')).toHaveText(
    'No open jobs match these filters. Try removing one.',
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('open a posting from the list and reach its licensing page', async ({ page }) => {
  await page.goto('/jobs/?state=TX');
  // The filtered list (Texas's shard and the nationwide postings), which takes the server-rendered list's place.
  await page
    .locator('[data-job-results]')
    .getByRole('link', { name: 'RN Case Manager, Complex Care' })
    .click();
  await expect(page).toHaveURL(/\/jobs\/example-houston-health-plan-rn\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('RN Case Manager, Complex Care');
  await expect(page.getByText('Example posting', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Social work licensing in Texas' }).click();
  await expect(page).toHaveURL(/\/licensing\/texas\/$/);
});

test('a closed posting shows its notice and no way to apply', async ({ page }) => {
  await page.goto('/jobs/example-charlotte-behavioral-closed/');
  await expect(page.getByRole('complementary', { name: 'This job has closed' })).toContainText(
    'Applications closed on October 31, 2026',
  );
  await expect(page.getByRole('link', { name: /^Apply/ })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full list and the state links still work, and no dead filter form shows', async ({
    page,
  }) => {
    await page.goto('/jobs/');
    await expect(page.locator('[data-job-static] .job-card').first()).toBeVisible();
    await expect(page.locator('form[data-job-filters]')).toBeHidden();
    await page.getByRole('link', { name: 'Massachusetts' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Clinical case manager jobs in Massachusetts',
    );
  });
});
