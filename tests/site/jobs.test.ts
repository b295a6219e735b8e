import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST, fileFor, isNoindex, page } from './built';
import { jobSchema, type Job } from '#src/schemas/job.ts';
import { isOpen, jobsAsOf } from '#src/lib/jobs/as-of.ts';
import { payLabel } from '#src/lib/jobs/present.ts';
import { FEED_SIZE } from '#src/lib/jobs/feed-items.ts';
import { formatCount } from '#src/lib/text/format.ts';
import { groupByState } from '#src/lib/jobs/board.ts';
import { decodeJobSummary, inState, type JobSummaryJson } from '#src/lib/jobs/summary.ts';
import { mergeNewestFirst, type NationwideShardJson } from '#src/lib/jobs/index-shards.ts';
import { facetCounts } from '#src/lib/jobs/facets.ts';
import { STATE_CODES } from '#src/schemas/vocabulary/us-states.ts';

const jobs: Job[] = readdirSync('content/jobs').map((f) =>
  jobSchema.parse(parse(readFileSync(`content/jobs/${f}`, 'utf8'))),
);
const asOf = jobsAsOf();
const open = jobs.filter((j) => isOpen(j, asOf));
const closed = jobs.filter((j) => !isOpen(j, asOf));
const openReal = open.filter((j) => !j.example);
const openExamples = open.filter((j) => j.example);
const text = (route: string, sel = 'main') => page(route)(sel).text().replace(/\s+/g, ' ').trim();
const ld = (route: string) => {
  const $ = page(route);
  return $('script[type="application/ld+json"]')
    .map((_, s) => JSON.parse($(s).text()))
    .get() as Record<string, any>[];
};
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** The board's list pages as built: /jobs/ and its later pages (/jobs/page/N/). */
const boardPages = () => [
  page('/jobs/')('main').html() ?? '',
  ...(readdirSync(join(DIST, 'jobs')).includes('page')
    ? readdirSync(join(DIST, 'jobs/page')).map((n) => page(`/jobs/page/${n}/`)('main').html() ?? '')
    : []),
];
/**
 * Checks a feed's item links against the postings it may carry: at most FEED_SIZE items, each one of
 * `postings`, and every posting newer than the oldest item included (a feed carries the newest).
 */
const expectNewestInFeed = (feed: string, postings: Job[]) => {
  const linked = new Set([...feed.matchAll(/\/jobs\/([a-z0-9-]+)\/</g)].map((m) => m[1]));
  const ids = new Set(postings.map((j) => j.id));
  expect(linked.size).toBe(Math.min(postings.length, FEED_SIZE));
  for (const id of linked) expect(ids.has(id!), `${id} is not one of the postings`).toBe(true);
  const dates = postings.filter((j) => linked.has(j.id)).map((j) => j.datePosted.getTime());
  const oldest = Math.min(...dates);
  for (const j of postings.filter((j) => j.datePosted.getTime() > oldest))
    expect(linked.has(j.id), `${j.id} is newer than the feed's oldest item`).toBe(true);
};

describe('the job board as built', () => {
  it('ships open and closed example postings, so both paths are exercised', () => {
    expect(openExamples.length).toBeGreaterThanOrEqual(10);
    expect(closed.length).toBeGreaterThanOrEqual(1);
  });

  it.each(openExamples.map((j) => [j.id, j] as const))(
    '%s: an open example posting has its page, labeled Example, but is inert: noindex, no JobPosting data, out of the sitemap, feeds and site search',
    (_, job) => {
      const route = `/jobs/${job.id}/`;
      const $ = page(route);
      expect($('h1').text()).toBe(job.title);
      expect($('main').text()).toContain(payLabel(job.pay));
      expect($('main .example-tag').length).toBeGreaterThan(0);
      expect(text(route)).toContain('it is not a real vacancy');
      expect(isNoindex(route)).toBe(true);
      expect($('[data-pagefind-body]').length).toBe(0);
      expect(ld(route).some((d) => d['@type'] === 'JobPosting')).toBe(false);
      expect(read('sitemap-0.xml')).not.toContain(`/jobs/${job.id}/`);
      expect(read('jobs/rss.xml')).not.toContain(job.id);
      expect(read('jobs/feed.json')).not.toContain(job.id);
      for (const code of readdirSync(join(DIST, 'jobs/state')))
        expect(read(`jobs/state/${code}/rss.xml`)).not.toContain(job.id);
      // The board still lists it, labeled, so development shows how a posting looks.
      expect(boardPages().some((html) => html.includes(`/jobs/${job.id}/`))).toBe(true);
    },
  );

  it.each(openReal.map((j) => [j.id, j] as const))(
    '%s: open posting page with its facts and JobPosting data matching the file',
    (_, job) => {
      const route = `/jobs/${job.id}/`;
      const $ = page(route);
      expect($('h1').text()).toBe(job.title);
      expect($('main').text()).toContain(payLabel(job.pay));
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

  it('the index split by state: each state’s shard and the nationwide file give exactly its part of the index, and its count', () => {
    const index = (JSON.parse(read('jobs/index.json')) as JobSummaryJson[]).map(decodeJobSummary);
    const wide = JSON.parse(read('jobs/shards/nationwide.json')) as NationwideShardJson;
    const nationwide = wide.jobs.map(decodeJobSummary);
    expect(wide.total).toBe(index.length);
    expect(wide.examples).toBe(index.filter((j) => j.example).length);
    expect(wide.facets).toEqual(facetCounts(index, {}, STATE_CODES));
    expect(nationwide.map((j) => j.id)).toEqual(
      index.filter((j) => j.remote === 'US').map((j) => j.id),
    );
    for (const code of STATE_CODES) {
      const own = (
        JSON.parse(read(`jobs/shards/${code.toLowerCase()}.json`)) as JobSummaryJson[]
      ).map(decodeJobSummary);
      const expected = index.filter((j) => inState(j, code));
      expect(mergeNewestFirst(own, nationwide), code).toEqual(expected);
      expect(wide.facets.state[code] ?? 0, code).toBe(expected.length);
    }
  });

  it('the feeds list the open real postings only: RSS for all and per state, and a JSON Feed 1.1', () => {
    const rss = read('jobs/rss.xml');
    expect(rss.match(/<item>/g) ?? []).toHaveLength(Math.min(openReal.length, FEED_SIZE));
    expectNewestInFeed(rss.replace(/<channel>[\s\S]*?<item>/, '<item>'), openReal);
    const feed = JSON.parse(read('jobs/feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(Math.min(openReal.length, FEED_SIZE));
    const ma = read('jobs/state/ma/rss.xml');
    const inMa = openReal.filter((j) => j.location?.state === 'MA' || j.remote);
    if (inMa.length <= FEED_SIZE)
      for (const j of openReal.filter((j) => j.location?.state === 'MA'))
        expect(ma).toContain(`/jobs/${j.id}/`);
    for (const j of open.filter((j) => j.location && j.location.state !== 'MA' && !j.remote))
      expect(ma).not.toContain(`/jobs/${j.id}/`);
  });

  it('counts say what they count: examples are never "open postings"; an empty board says so and points to the feeds', () => {
    const board = text('/jobs/', 'main .lede');
    if (openReal.length === 0) {
      expect(board).toMatch(
        /^There are no open postings right now\. Follow the RSS feed or the JSON feed/,
      );
      const links = page('/jobs/')('main [data-jobs-empty] a')
        .map((_, a) => a.attribs.href)
        .get();
      expect(links).toEqual(expect.arrayContaining(['/jobs/rss.xml', '/jobs/feed.json']));
      expect(text('/', '.entries')).toContain('No open postings right now');
    } else {
      expect(board).toMatch(
        new RegExp(`^${formatCount(openReal.length)} open postings?, newest first`),
      );
    }
    expect(text('/jobs/')).toContain(
      `The ${openExamples.length} postings labeled Example show how the board works; they are not real vacancies and are not counted.`,
    );
    expect(text('/jobs/')).not.toMatch(new RegExp(`\\b${open.length} open postings`));
    // Every state count beside the state links counts real postings only.
    const counts = page('/jobs/')('.state-links .count')
      .map((_, c) => page('/jobs/')(c).text())
      .get();
    expect(counts).toHaveLength(51);
    if (openReal.length === 0) expect(new Set(counts)).toEqual(new Set(['(0)']));
    // So does the state comparison's "Open jobs on our board" row.
    const $c = page('/licensing/compare/');
    const row = $c('tr').filter((_, tr) => $c(tr).find('th').first().text().includes('Open jobs'));
    const cells = row
      .find('td')
      .map((_, td) => $c(td).text().trim())
      .get();
    expect(cells).toHaveLength(51);
    if (openReal.length === 0) expect(new Set(cells)).toEqual(new Set(['No open postings']));
  });

  it('a state with only example postings reads as empty (plainly, pointing to the feeds), lists the examples labeled, and is noindex', () => {
    // Which postings each state's list shows, from the board's own index (on site there, or remote and open to it).
    const index = (JSON.parse(read('jobs/index.json')) as JobSummaryJson[]).map(decodeJobSummary);
    const codes = readdirSync(join(DIST, 'jobs/state')).map((c) => c.toUpperCase());
    const groups = groupByState(index, codes);
    const onlyExamples = codes.filter((c) => {
      const shown = groups.get(c)!.map((i) => index[i]!);
      return shown.length > 0 && shown.every((j) => j.example);
    });
    // With the development examples alone, Massachusetts is one: its only postings are examples.
    if (openReal.length === 0) expect(onlyExamples).toContain('MA');
    for (const code of onlyExamples.slice(0, 3)) {
      const route = `/jobs/state/${code.toLowerCase()}/`;
      const shown = groups.get(code)!.map((i) => index[i]!);
      const $ = page(route);
      const name = $('h1').text().replace('Clinical case manager jobs in ', '');
      expect(text(route)).toContain(`There are no open postings in ${name} right now.`);
      const links = $('main [data-jobs-empty] a')
        .map((_, a) => a.attribs.href)
        .get();
      expect(links).toEqual(expect.arrayContaining([`${route}rss.xml`, '/jobs/feed.json']));
      for (const j of shown) expect($('main').html()).toContain(`/jobs/${j.id}/`);
      expect($('main .example-tag').length).toBeGreaterThanOrEqual(shown.length);
      expect(text(route)).not.toMatch(/\d+ open postings?/);
      expect(isNoindex(route)).toBe(true);
      const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
      expect(text(`/licensing/${slug}/`, '#jobs-h + *')).toContain(
        `No open clinical case manager jobs are listed in ${name}`,
      );
    }
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
