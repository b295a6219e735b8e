import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST, fileFor, isNoindex, page } from './built';
import { jobSchema, type Job } from '#src/schemas/job.ts';
import { isOpen, jobsAsOf } from '#src/lib/jobs/as-of.ts';
import { payLabel } from '#src/lib/jobs/present.ts';

const jobs: Job[] = readdirSync('content/jobs').map((f) =>
  jobSchema.parse(parse(readFileSync(`content/jobs/${f}`, 'utf8'))),
);
const asOf = jobsAsOf();
const open = jobs.filter((j) => isOpen(j, asOf));
const closed = jobs.filter((j) => !isOpen(j, asOf));
const ld = (route: string) => {
  const $ = page(route);
  return $('script[type="application/ld+json"]')
    .map((_, s) => JSON.parse($(s).text()))
    .get() as Record<string, any>[];
};
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('the job board as built', () => {
  it('ships open and closed example postings, so both paths are exercised', () => {
    expect(open.length).toBeGreaterThanOrEqual(10);
    expect(closed.length).toBeGreaterThanOrEqual(1);
  });

  it.each(open.map((j) => [j.id, j] as const))(
    '%s: open posting page with its facts, an Example label and JobPosting data matching the file',
    (_, job) => {
      const route = `/jobs/${job.id}/`;
      const $ = page(route);
      expect($('h1').text()).toBe(job.title);
      expect($('main').text()).toContain(payLabel(job.pay));
      if (job.example) expect($('main .example-tag').length).toBeGreaterThan(0);
      expect(isNoindex(route)).toBe(false);
      const posting = ld(route).find((d) => d['@type'] === 'JobPosting');
      expect(posting).toBeDefined();
      expect(posting!.title).toBe(job.title);
      expect(posting!.hiringOrganization.name).toBe(job.employer.name);
      expect(posting!.datePosted).toBe(job.datePosted.toISOString().slice(0, 10));
      expect(posting!.validThrough.slice(0, 10)).toBe(job.validThrough.toISOString().slice(0, 10));
      if (job.location) expect(posting!.jobLocation.address.addressRegion).toBe(job.location.state);
      else expect(posting!.jobLocationType).toBe('TELECOMMUTE');
      if (job.pay)
        expect(posting!.baseSalary.value.minValue ?? posting!.baseSalary.value.value).toBe(
          job.pay.min,
        );
    },
  );

  it.each(closed.map((j) => [j.id, j] as const))(
    '%s: a closed posting keeps its page with a notice, noindex and no JobPosting data, and appears nowhere else',
    (_, job) => {
      const route = `/jobs/${job.id}/`;
      const $ = page(route);
      expect($('main').text()).toContain('This job has closed');
      expect(isNoindex(route)).toBe(true);
      expect(ld(route).some((d) => d['@type'] === 'JobPosting')).toBe(false);
      expect($('main a.apply').length).toBe(0);
      expect(read('sitemap-0.xml')).not.toContain(`/jobs/${job.id}/`);
      expect(read('jobs/rss.xml')).not.toContain(job.id);
      expect(read('jobs/feed.json')).not.toContain(job.id);
      expect(read('jobs/index.json')).not.toContain(job.id);
      expect(page('/jobs/')('main').html()).not.toContain(`/jobs/${job.id}/`);
      if (job.location)
        expect(
          page(`/jobs/state/${job.location.state.toLowerCase()}/`)('main').html(),
        ).not.toContain(`/jobs/${job.id}/`);
    },
  );

  it('the list links every open posting, newest first, and the compact index holds exactly the open ones', () => {
    const links = page('/jobs/')('[data-job-static] .job-title a')
      .map((_, a) => a.attribs.href)
      .get();
    const newest = [...open].sort(
      (a, b) => b.datePosted.getTime() - a.datePosted.getTime() || a.title.localeCompare(b.title),
    );
    expect(links).toEqual(newest.slice(0, 50).map((j) => `/jobs/${j.id}/`));
    const index = JSON.parse(read('jobs/index.json')) as { id: string }[];
    expect(index.map((j) => j.id).sort()).toEqual(open.map((j) => j.id).sort());
  });

  it('the feeds list the open postings: RSS for all and per state, and a JSON Feed 1.1', () => {
    const rss = read('jobs/rss.xml');
    for (const j of open) expect(rss).toContain(`/jobs/${j.id}/`);
    const feed = JSON.parse(read('jobs/feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(Math.min(open.length, 100));
    const ma = read('jobs/state/ma/rss.xml');
    for (const j of open.filter((j) => j.location?.state === 'MA'))
      expect(ma).toContain(`/jobs/${j.id}/`);
    for (const j of open.filter((j) => j.location && j.location.state !== 'MA' && !j.remote))
      expect(ma).not.toContain(`/jobs/${j.id}/`);
  });

  it('every state has a job list page; one with no open postings says so kindly and stays out of the index', () => {
    expect(readdirSync(join(DIST, 'jobs/state')).length).toBe(51);
    for (const code of ['ma', 'tx', 'ny']) {
      const $ = page(`/jobs/state/${code}/`);
      expect($('h1').text()).toMatch(/^Clinical case manager jobs in /);
    }
    const empty = readdirSync(join(DIST, 'jobs/state')).filter((c) =>
      page(`/jobs/state/${c}/`)('main').text().includes('no open postings'),
    );
    for (const c of empty) expect(isNoindex(`/jobs/state/${c}/`)).toBe(true);
  });

  it('licensing pages link to their state job list', () => {
    expect(
      page('/licensing/massachusetts/')('#jobs-h').parent().find('a[href="/jobs/state/ma/"]')
        .length,
    ).toBe(1);
    expect(fileFor('/jobs/state/ma/')).toBeDefined();
  });
});

describe('pay comparison on a posting', () => {
  const table = (id: string) =>
    parse(readFileSync(`content/wages/${id}.yaml`, 'utf8')) as {
      period: string;
      rows: {
        area: string;
        soc: string;
        mean?: number;
        median?: number;
        p25?: number;
        p75?: number;
      }[];
    };
  it('Boston hospital LICSW job: healthcare social workers in Massachusetts, with period, from the state table', () => {
    const row = table('state-may-2025').rows.find((r) => r.area === 'MA' && r.soc === '21-1022')!;
    const text = page('/jobs/example-boston-hospital-licsw/')(
      'section[aria-labelledby="pay-compare-h"]',
    )
      .text()
      .replace(/\s+/g, ' ');
    expect(text).toContain(`median pay was $${row.median!.toLocaleString('en-US')} a year`);
    expect(text).toContain(
      `the middle half earned $${row.p25!.toLocaleString('en-US')} to $${row.p75!.toLocaleString('en-US')}`,
    );
    expect(text).toContain(table('state-may-2025').period);
  });
  it('a remote RN job compares with registered nurses nationally, newest release', () => {
    const t = table('national-may-2025');
    const row = t.rows.find((r) => r.area === 'US' && r.soc === '29-1141')!;
    const text = page('/jobs/example-remote-utilization-rn/')(
      'section[aria-labelledby="pay-compare-h"]',
    )
      .text()
      .replace(/\s+/g, ' ');
    expect(text).toContain(`median pay was $${row.median!.toLocaleString('en-US')} a year`);
    expect(text).toContain(t.period);
  });
});
