import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import { parse, stringify } from 'yaml';
import { childBuild } from '../child-build.ts';
import { jobSchema, type Job } from '#src/schemas/job.ts';
import { copyContent } from '../content-copy.ts';

/**
 * A production build (a real SITE_URL, as the deploy workflow sets it) of a copy of the content, with one
 * real-shaped posting added beside the example postings. No example may reach it in any form: no page, no
 * feed item, no index entry, no sitemap line, no count. The real posting is there so the same build shows
 * what a listed posting gets (JobPosting data, sitemap, feeds, site search) and that counts count it.
 * A second, tiny run shows a production build without configuration stops with the variables named.
 */
const work = mkdtempSync(join(tmpdir(), 'ccm-production-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const ORIGIN = 'https://ccm-production-test.org';
const REPO = 'https://github.com/ccm-test-owner/ccm-site';
const CONTACT = 'corrections@ccm-production-test.org';
const REAL_ID = 'fixture-health-houston-rn-case-manager';
const REAL: Record<string, unknown> = {
  id: REAL_ID,
  title: 'RN Case Manager (fixture posting)',
  employer: { name: 'Fixture Health Test Employer' },
  location: { city: 'Houston', state: 'TX' },
  setting: 'hospital',
  employmentType: 'full-time',
  pay: { min: 80000, max: 95000, per: 'year' },
  licenseRequired: ['RN'],
  description:
    'A posting made up for this test only: it exists in a temporary copy of the content and is never deployed.',
  datePosted: '2026-11-20',
  validThrough: '2027-01-31',
  apply: { email: 'jobs@ccm-production-test.org' },
  source: { name: 'employer', id: REAL_ID },
};

const examples: Job[] = readdirSync('content/jobs')
  .map((f) => jobSchema.parse(parse(readFileSync(`content/jobs/${f}`, 'utf8'))))
  .filter((j) => j.example);
let output = '';
let code: number | null = null;

const files = (dir = dist): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const html = (route: string) => load(read(join(route, 'index.html')));
const text = (route: string, sel = 'main') => html(route)(sel).text().replace(/\s+/g, ' ').trim();

beforeAll(() => {
  copyContent(content);
  writeFileSync(join(content, 'jobs', `${REAL_ID}.yaml`), stringify(REAL));
  ({ code, output } = childBuild(work, {
    CONTENT_DIR: content,
    OUT_DIR: dist,
    JOBS_AS_OF: '2026-11-23',
    SITE_URL: ORIGIN,
    REPOSITORY_URL: REPO,
    CONTACT_EMAIL: CONTACT,
  }));
}, 600_000);

afterAll(() => {
  if (!process.env.KEEP_PRODUCTION) rmSync(work, { recursive: true, force: true });
  else console.log(work);
});

describe('a production build', () => {
  it('builds', () => {
    expect(code, output.split('\n').slice(-40).join('\n')).toBe(0);
  });

  it('contains no example posting: no page, and no id, title or employer of one in any text file', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    const textFiles = files().filter((f) => /\.(html|xml|json|txt|csv)$/.test(f));
    expect(textFiles.length).toBeGreaterThan(100);
    for (const j of examples) {
      expect(existsSync(join(dist, 'jobs', j.id)), j.id).toBe(false);
    }
    const needles = examples.flatMap((j) => [j.id, j.employer.name]);
    for (const f of textFiles) {
      const body = readFileSync(f, 'utf8');
      for (const n of needles)
        expect(body.includes(n), `${relative(dist, f)} mentions ${n}`).toBe(false);
    }
    expect(JSON.parse(read('jobs/index.json')).map((j: { id: string }) => j.id)).toEqual([REAL_ID]);
    const entry = JSON.parse(read('pagefind/pagefind-entry.json'));
    const searchable = files().filter(
      (f) => f.endsWith('.html') && readFileSync(f, 'utf8').includes('data-pagefind-body'),
    );
    expect(entry.languages['en-us'].page_count).toBe(searchable.length);
  });

  it('the real posting is listed: JobPosting data, indexable, in the sitemap and the feeds', () => {
    const $ = html(`/jobs/${REAL_ID}/`);
    const ld = $('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse($(s).text()))
      .get()
      .find((d) => d['@type'] === 'JobPosting');
    expect(ld).toMatchObject({ title: REAL.title, datePosted: '2026-11-20' });
    expect(ld.hiringOrganization.name).toBe('Fixture Health Test Employer');
    expect(ld.jobLocation.address.addressRegion).toBe('TX');
    expect($('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}/jobs/${REAL_ID}/`);
    // Postings are found with the board's own filter (its index, /jobs/index.json), not the site search.
    expect($('meta[name="robots"]').length).toBe(0);
    expect(read('sitemap-0.xml')).toContain(`${ORIGIN}/jobs/${REAL_ID}/`);
    expect(read('sitemap-0.xml')).toContain(`${ORIGIN}/jobs/state/tx/`);
    expect(read('jobs/rss.xml')).toContain(`${ORIGIN}/jobs/${REAL_ID}/`);
    expect(read('jobs/state/tx/rss.xml')).toContain(`/jobs/${REAL_ID}/`);
    expect(JSON.parse(read('jobs/feed.json')).items.map((i: { id: string }) => i.id)).toEqual([
      REAL_ID,
    ]);
  });

  it('counts count the real posting only', () => {
    expect(text('/jobs/', 'main .lede')).toMatch(/^1 open posting, newest first\. Employers can/);
    expect(text('/jobs/')).not.toContain('labeled Example');
    expect(text('/jobs/state/tx/', 'main .lede')).toMatch(/^1 open posting, newest first\./);
    expect(text('/', '.entries')).toContain('1 open posting for clinical case managers');
    expect(html('/jobs/')('.state-links a[href="/jobs/state/tx/"] + .count').text()).toBe('(1)');
  });

  it('a state without postings says so plainly, points to the feeds and is noindex', () => {
    expect(text('/jobs/state/ma/')).toContain(
      'There are no open postings in Massachusetts right now.',
    );
    const links = html('/jobs/state/ma/')('main [data-jobs-empty] a')
      .map((_, a) => a.attribs.href)
      .get();
    expect(links).toEqual(expect.arrayContaining(['/jobs/state/ma/rss.xml', '/jobs/feed.json']));
    expect(html('/jobs/state/ma/')('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(read('sitemap-0.xml')).not.toContain('/jobs/state/ma/');
  });

  it('uses the configured addresses, and no .example placeholder reaches a page', () => {
    const link = html('/licensing/texas/')('footer a[href*="report-a-correction"]').attr('href')!;
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/issues/new`);
    expect(url.searchParams.get('template')).toBe('report-a-correction.yml');
    expect(url.searchParams.get('page')).toBe(`${ORIGIN}/licensing/texas/`);
    expect(html('/jobs/post/')('main a[href^="mailto:"]').attr('href')).toBe(
      `mailto:${CONTACT}?subject=Job%20posting`,
    );
    for (const f of files().filter((f) => f.endsWith('.html'))) {
      const body = readFileSync(f, 'utf8');
      expect(body, relative(dist, f)).not.toMatch(
        /clinical-case-manager\.example|github\.example|corrections@clinical-case-manager/,
      );
    }
    expect(read('robots.txt')).toContain(`${ORIGIN}/sitemap-index.xml`);
  });
});

describe('a production build without its configuration', () => {
  it('stops before building, naming each missing variable and the fix', () => {
    const run = childBuild(join(work, 'refused'), {
      SITE_ENV: 'production',
      SITE_URL: 'https://clinical-case-manager.example',
    });
    const out = run.output;
    expect(run.code).not.toBe(0);
    expect(out).toContain('This is a production build (SITE_ENV=production)');
    expect(out).toMatch(/SITE_URL="https:\/\/clinical-case-manager\.example" is a placeholder/);
    expect(out).toMatch(/REPOSITORY_URL is not set\. Set it to/);
    expect(out).toMatch(/CONTACT_EMAIL is not set\. Set it to/);
    expect(existsSync(join(work, 'refused', 'dist', 'index.html'))).toBe(false);
  }, 120_000);
});
