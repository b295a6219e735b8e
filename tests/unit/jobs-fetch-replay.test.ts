/**
 * The real jobs:fetch clients against a local HTTP server on 127.0.0.1 that replays responses shaped as each
 * provider documents them (tests/fixtures/jobs-fetch/). Covers paging, 429 with Retry-After, 500, a timeout,
 * malformed JSON, an empty board, a posting removed and one edited between runs, the same job from two sources,
 * and a second run over unchanged responses that changes nothing.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobSchema } from '#src/schemas/job.ts';
import { runJobsFetch, type FetchRun } from '../../scripts/lib/jobs-fetch-run.ts';

const FIX = 'tests/fixtures/jobs-fetch';
const fixture = (f: string) => JSON.parse(readFileSync(join(FIX, f), 'utf8')) as unknown;

type Reply =
  { status: number; body: unknown; headers?: Record<string, string> } | { raw: string } | 'hang';
interface Logged {
  url: string;
  headers: IncomingMessage['headers'];
  at: number;
}

/** Routes by path (query ignored except USAJOBS Page): a reply, or a list of replies served in turn. */
const routes = new Map<string, Reply | Reply[]>();
const log: Logged[] = [];
let server: Server;
let base = '';
const hanging: ServerResponse[] = [];

function serve(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  log.push({ url: url.pathname + url.search, headers: req.headers, at: Date.now() });
  const key =
    url.pathname === '/api/Search'
      ? `/api/Search?Page=${url.searchParams.get('Page')}`
      : url.pathname;
  const route = routes.get(key);
  const reply = Array.isArray(route) ? (route.length > 1 ? route.shift()! : route[0]) : route;
  if (!reply) {
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end('{"ok":false,"error":"not found"}');
    return;
  }
  if (reply === 'hang') {
    hanging.push(res);
    return;
  }
  if ('raw' in reply) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(reply.raw);
    return;
  }
  res
    .writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
    .end(JSON.stringify(reply.body));
}

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'ccm-jobs-fetch-'));
  dirs.push(d);
  return d;
};

const CONFIG = `rollingDays: 14
sources:
  - name: usajobs-social-work
    type: usajobs
    keywords: case management
    series: ['0185', '0610']
    confirmedAt: https://developer.usajobs.gov/api-reference/get-api-search
  - name: greenhouse-fixture
    type: greenhouse
    board: fixture-health
    employer: Fixture Health
    setting: health-plan
    confirmedAt: https://developers.greenhouse.io/job-board.html
  - name: lever-fixture
    type: lever
    site: fixture-care
    employer: Fixture Care
    confirmedAt: https://github.com/lever/postings-api
  - name: ashby-fixture
    type: ashby
    board: fixture-ashby
    employer: Fixture Hospital
    confirmedAt: https://developers.ashbyhq.com/docs/public-job-posting-api
  - name: smartrecruiters-fixture
    type: smartrecruiters
    company: FixtureCommunityHealth
    employer: Fixture Community Health
    confirmedAt: https://dev.smartrecruiters.com/customer-api/posting-api/endpoints/postings/
  - name: greenhouse-ratelimited
    type: greenhouse
    board: slow-board
    employer: Slow Board Health
    confirmedAt: https://developers.greenhouse.io/job-board.html
  - name: greenhouse-broken
    type: greenhouse
    board: broken
    employer: Broken Health
    confirmedAt: https://developers.greenhouse.io/job-board.html
  - name: lever-malformed
    type: lever
    site: malformed
    employer: Malformed Care
    confirmedAt: https://github.com/lever/postings-api
  - name: lever-timeout
    type: lever
    site: hang
    employer: Hanging Care
    confirmedAt: https://github.com/lever/postings-api
  - name: ashby-empty
    type: ashby
    board: empty
    employer: Empty Board Health
    confirmedAt: https://developers.ashbyhq.com/docs/public-job-posting-api
  - name: lever-twin
    type: lever
    site: fixture-twin
    employer: Fixture Health
    confirmedAt: https://github.com/lever/postings-api
`;

const greenhouse = () =>
  fixture('greenhouse-board.json') as { jobs: Record<string, unknown>[]; meta: { total: number } };
const lever = () => fixture('lever-site.json') as Record<string, unknown>[];
/** The greenhouse RN posting as the other company's Lever board lists it: same title, employer and city. */
const twin = () => [
  {
    ...lever()[0],
    id: 'aaaa0000-0000-4000-8000-000000000001',
    text: 'RN Case Manager - Care Transitions',
    categories: { location: 'Boston, MA', commitment: 'Full-time', allLocations: ['Boston, MA'] },
    hostedUrl: 'https://jobs.lever.co/fixture-twin/aaaa0000-0000-4000-8000-000000000001',
    applyUrl: 'https://jobs.lever.co/fixture-twin/aaaa0000-0000-4000-8000-000000000001/apply',
  },
];
const slowBoard = () => {
  const b = greenhouse();
  const job = {
    ...b.jobs[0],
    id: 4200001,
    absolute_url: 'https://boards.greenhouse.io/slow-board/jobs/4200001',
  };
  return { jobs: [job], meta: { total: 1 } };
};

/** `hang`: the timeout source never answers (first run only: each hang costs two timeouts). */
function setRoutes(hang = false) {
  routes.clear();
  routes.set('/api/Search?Page=1', { status: 200, body: fixture('usajobs-page-1.json') });
  routes.set('/api/Search?Page=2', { status: 200, body: fixture('usajobs-page-2.json') });
  routes.set('/v1/boards/fixture-health/jobs', { status: 200, body: greenhouse() });
  routes.set('/v0/postings/fixture-care', { status: 200, body: lever() });
  routes.set('/posting-api/job-board/fixture-ashby', {
    status: 200,
    body: fixture('ashby-board.json'),
  });
  routes.set('/v1/companies/FixtureCommunityHealth/postings', {
    status: 200,
    body: fixture('smartrecruiters-list.json'),
  });
  routes.set('/v1/companies/FixtureCommunityHealth/postings/744000001', {
    status: 200,
    body: fixture('smartrecruiters-detail-744000001.json'),
  });
  routes.set('/v1/boards/slow-board/jobs', [
    { status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '1' } },
    { status: 200, body: slowBoard() },
  ]);
  routes.set('/v1/boards/broken/jobs', { status: 500, body: { error: 'Internal Server Error' } });
  routes.set('/v0/postings/malformed', { raw: '[{"id": "x", "text": "Case Manager"' });
  routes.set('/v0/postings/hang', hang ? 'hang' : { status: 200, body: [] });
  routes.set('/posting-api/job-board/empty', { status: 200, body: { apiVersion: '1', jobs: [] } });
  routes.set('/v0/postings/fixture-twin', { status: 200, body: twin() });
}

let dir = '';
let configFile = '';
const env = () => ({
  USAJOBS_API_KEY: 'test-key',
  USAJOBS_EMAIL: 'jobs@clinical-case-manager.example',
  USAJOBS_BASE_URL: base,
  USAJOBS_RESULTS_PER_PAGE: '2',
  GREENHOUSE_BASE_URL: base,
  LEVER_BASE_URL: base,
  ASHBY_BASE_URL: base,
  SMARTRECRUITERS_BASE_URL: base,
  // Long enough for a loaded machine to answer every other request in time.
  JOBS_FETCH_TIMEOUT_MS: '1500',
  JOBS_FETCH_RETRIES: '1',
  JOBS_FETCH_RETRY_DELAY_MS: '10',
  JOBS_FETCH_PER_HOST: '4',
  SITE_URL: 'https://clinical-case-manager.example',
});
const fetchNow = (asOf = '2026-11-29') => runJobsFetch({ configFile, dir, asOf, env: env() });
const snapshot = () =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
const job = (id: string) =>
  parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as Record<string, any>;
const source = (run: FetchRun, name: string) => run.plan.sources.find((s) => s.name === name)!;

beforeAll(async () => {
  server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = tempDir();
  cpSync(
    'content/jobs/example-atlanta-government-lcsw.yaml',
    join(dir, 'example-atlanta-government-lcsw.yaml'),
  );
  const employerFile = readFileSync('content/jobs/example-boston-hospital-licsw.yaml', 'utf8')
    .replace(/^id: .*$/m, 'id: employer-boston-case-manager')
    .replace(/name: example\n {2}id: .*$/m, 'name: employer\n  id: employer-boston-case-manager')
    .replace(/^example: true\n/m, '');
  writeFileSync(join(dir, 'employer-boston-case-manager.yaml'), employerFile);
  configFile = join(tempDir(), 'job-sources.yaml');
  writeFileSync(configFile, CONFIG);
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise((resolve) => server.close(resolve));
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

describe('jobs:fetch against a local replay server', () => {
  let first: FetchRun;
  let before: Record<string, string>;

  it('first run: reads every source, keeps the case-management roles, and reports each source', async () => {
    before = snapshot();
    setRoutes(true);
    log.length = 0;
    first = await fetchNow();
    const counts = (name: string) => {
      const s = source(first, name);
      return {
        status: s.status,
        fetched: s.fetched,
        relevant: s.relevant,
        added: s.added.length,
        rejected: s.rejected.length,
        merged: s.merged.length,
        errors: s.errors.length,
      };
    };
    const ok = { status: 'ok', rejected: 0, merged: 0, errors: 0 };
    expect(counts('usajobs-social-work')).toEqual({ ...ok, fetched: 3, relevant: 3, added: 3 });
    expect(counts('greenhouse-fixture')).toEqual({
      ...ok,
      fetched: 4,
      relevant: 3,
      added: 2,
      rejected: 1,
    });
    expect(counts('lever-fixture')).toEqual({ ...ok, fetched: 3, relevant: 2, added: 2 });
    expect(counts('ashby-fixture')).toEqual({ ...ok, fetched: 1, relevant: 1, added: 1 });
    expect(counts('smartrecruiters-fixture')).toEqual({ ...ok, fetched: 2, relevant: 1, added: 1 });
    expect(counts('greenhouse-ratelimited')).toEqual({ ...ok, fetched: 1, relevant: 1, added: 1 });
    expect(counts('ashby-empty')).toEqual({ ...ok, fetched: 0, relevant: 0, added: 0 });
    expect(counts('lever-twin')).toEqual({ ...ok, fetched: 1, relevant: 1, added: 0, merged: 1 });
    for (const name of ['greenhouse-broken', 'lever-malformed', 'lever-timeout'])
      expect(counts(name)).toMatchObject({ status: 'failed', fetched: 0, added: 0, errors: 1 });
    expect(source(first, 'greenhouse-broken').message).toMatch(/^HTTP 500 .* \(after 2 tries\)$/);
    expect(source(first, 'lever-malformed').message).toMatch(/^malformed JSON from /);
    expect(source(first, 'lever-timeout').message).toMatch(/^no answer within 1500 ms from /);
    expect(source(first, 'greenhouse-fixture').rejected[0]?.reasons[0]).toMatch(
      /location\.name: "Toronto, Ontario, Canada" is outside the United States/,
    );
    expect(source(first, 'lever-twin').merged[0]?.into).toBe('greenhouse-fixture-health-4100001');
    expect(first.text).toMatch(
      /greenhouse-fixture \(greenhouse\): fetched 4, relevant 3, added 2, updated 0, unchanged 0, closed 0, rejected 1, errors 0/,
    );
    expect(first.text).toMatch(
      /Total: fetched 15, relevant 12, added 10, .* sources failed 3, skipped 0/,
    );
  });

  it('pages through USAJOBS with the documented headers, and reads SmartRecruiters details only for relevant titles', () => {
    const searches = log.filter((l) => l.url.startsWith('/api/Search'));
    expect(searches.map((l) => new URL(l.url, base).searchParams.get('Page'))).toEqual(['1', '2']);
    const [search] = searches; // two, checked just above
    const q = new URL(search!.url, base).searchParams;
    expect(q.get('Keyword')).toBe('case management');
    expect(q.get('JobCategoryCode')).toBe('0185;0610');
    expect(q.get('ResultsPerPage')).toBe('2');
    expect(search!.headers['user-agent']).toBe('jobs@clinical-case-manager.example');
    expect(search!.headers['authorization-key']).toBe('test-key');
    const greenhouseCall = log.find((l) => l.url.startsWith('/v1/boards/fixture-health/'))!;
    expect(greenhouseCall.url).toBe('/v1/boards/fixture-health/jobs?content=true');
    expect(greenhouseCall.headers['user-agent']).toMatch(
      /^ClinicalCaseManagerGuide-JobsFetch\/1\.0 \(\+https:/,
    );
    expect(log.some((l) => l.url === '/v0/postings/fixture-care?mode=json')).toBe(true);
    expect(
      log.some((l) => l.url === '/posting-api/job-board/fixture-ashby?includeCompensation=true'),
    ).toBe(true);
    const sr = log.filter((l) => l.url.startsWith('/v1/companies/')).map((l) => l.url);
    expect(sr).toEqual([
      '/v1/companies/FixtureCommunityHealth/postings?limit=100&offset=0',
      '/v1/companies/FixtureCommunityHealth/postings/744000001',
    ]);
  });

  it('waits as long as Retry-After asks before retrying a 429, and retries a 500 and a timeout before giving up', () => {
    const slow = log.filter((l) => l.url.startsWith('/v1/boards/slow-board/'));
    expect(slow).toHaveLength(2);
    expect(slow[1]!.at - slow[0]!.at).toBeGreaterThanOrEqual(950); // two, checked just above
    expect(log.filter((l) => l.url.startsWith('/v1/boards/broken/'))).toHaveLength(2);
    expect(log.filter((l) => l.url.startsWith('/v0/postings/hang'))).toHaveLength(2);
  });

  it('writes valid postings, normalized from each source, and leaves the example and the employer file alone', () => {
    const after = snapshot();
    expect(after['example-atlanta-government-lcsw.yaml']).toBe(
      before['example-atlanta-government-lcsw.yaml'],
    );
    expect(after['employer-boston-case-manager.yaml']).toBe(
      before['employer-boston-case-manager.yaml'],
    );
    expect(Object.keys(after).filter((f) => !(f in before))).toHaveLength(10);
    for (const f of Object.keys(after))
      expect(jobSchema.safeParse(parse(after[f] ?? '')).success, f).toBe(true);

    expect(job('usajobs-vha-fix-0185-1')).toMatchObject({
      title: 'Social Worker (Case Manager)',
      location: { city: 'Denver', state: 'CO' },
      setting: 'government',
      pay: { min: 75000, max: 98000, per: 'year' },
      licenseRequired: ['LCSW'],
      datePosted: '2026-11-20',
      validThrough: '2026-12-04',
      source: { name: 'usajobs', id: 'VHA-FIX-0185-1', feed: 'usajobs-social-work' },
    });
    expect(job('greenhouse-fixture-health-4100001')).toMatchObject({
      location: { city: 'Boston', state: 'MA' },
      setting: 'health-plan',
      employmentType: 'full-time',
      pay: { min: 42, max: 55, per: 'hour' },
      licenseRequired: ['RN'],
      certificationsPreferred: ['CCM'],
      datePosted: '2026-11-29',
      validThrough: '2026-12-13',
      apply: { url: 'https://boards.greenhouse.io/fixture-health/jobs/4100001' },
      source: { name: 'greenhouse', id: 'fixture-health/4100001', feed: 'greenhouse-fixture' },
    });
    expect(job('greenhouse-fixture-health-4100001').description).not.toMatch(/<|&lt;/);
    expect(job('greenhouse-fixture-health-4100002')).toMatchObject({
      remote: { eligible: ['NY', 'NJ', 'CT'] },
      setting: 'health-plan', // the title names no setting: the entry's default
      pay: { min: 78000, max: 92000, per: 'year' },
      licenseRequired: ['LCSW'],
    });
    expect(job('greenhouse-fixture-health-4100002').location).toBeUndefined();
    expect(job('lever-fixture-care-7bd11111-1111-4111-8111-111111111111')).toMatchObject({
      remote: { eligible: 'US' },
      employmentType: 'per-diem',
      pay: { min: 48, max: 60, per: 'hour' },
      setting: 'health-plan',
      licenseRequired: ['RN'],
    });
    expect(job('ashby-fixture-ashby-9d3e0b1c-0000-4000-8000-000000000001')).toMatchObject({
      location: { city: 'Houston', state: 'TX' },
      setting: 'hospital',
      employmentType: 'full-time',
      pay: { min: 70000, max: 84000, per: 'year' },
      licenseRequired: ['LCSW', 'LMSW'],
      datePosted: '2026-11-18',
    });
    expect(job('smartrecruiters-fixturecommunityhealth-744000001')).toMatchObject({
      location: { city: 'Columbus', state: 'OH' },
      employmentType: 'part-time',
      pay: { min: 24, max: 29, per: 'hour' },
      licenseRequired: ['LISW', 'LSW'],
      apply: {
        url: 'https://jobs.smartrecruiters.com/FixtureCommunityHealth/744000001-community-case-manager?oga=true',
      },
    });
  });

  it('a second run over unchanged responses changes nothing', async () => {
    const before2 = snapshot();
    setRoutes();
    const second = await fetchNow();
    expect(second.plan.writes).toEqual([]);
    expect(snapshot()).toEqual(before2);
    const greenhouseReport = source(second, 'greenhouse-fixture');
    expect(greenhouseReport).toMatchObject({ unchanged: 2, added: [], updated: [], closed: [] });
    expect(second.text).toMatch(/Total: .*added 0, updated 0, unchanged 10, closed 0, /);
  });

  it('closes a posting that disappears, rewrites an edited one, and keeps every posting of a failing source', async () => {
    const before3 = snapshot();
    setRoutes();
    const board = greenhouse();
    board.jobs = board.jobs.filter((j) => j.id !== 4100002);
    const [firstJob] = board.jobs;
    board.jobs[0] = {
      ...firstJob,
      content: String(firstJob?.content).replace('$42.00 - $55.00', '$45.00 - $58.00'),
    };
    board.meta.total = board.jobs.length;
    routes.set('/v1/boards/fixture-health/jobs', { status: 200, body: board });
    routes.set('/v0/postings/fixture-care', {
      status: 503,
      body: { ok: false, error: 'unavailable' },
    });
    const third = await fetchNow('2026-11-30');
    expect(source(third, 'greenhouse-fixture')).toMatchObject({
      updated: ['greenhouse-fixture-health-4100001.yaml'],
      closed: ['greenhouse-fixture-health-4100002.yaml'],
    });
    expect(job('greenhouse-fixture-health-4100001').pay).toEqual({ min: 45, max: 58, per: 'hour' });
    expect(job('greenhouse-fixture-health-4100002').validThrough).toBe('2026-11-29');
    expect(source(third, 'lever-fixture')).toMatchObject({
      status: 'failed',
      closed: [],
      updated: [],
    });
    expect(source(third, 'lever-fixture').message).toMatch(/^HTTP 503/);
    const after = snapshot();
    for (const f of Object.keys(after).filter((f) => f.startsWith('lever-fixture-')))
      expect(after[f]).toBe(before3[f]);
    expect(third.text).toMatch(
      /closed greenhouse-fixture-health-4100002\.yaml \(no longer listed\)/,
    );
    expect(third.text).toMatch(/error: HTTP 503 .*; none of its postings changed/);
  });

  it('a later day moves rolling closing dates on while a posting is listed, and leaves a closed one closed', async () => {
    setRoutes();
    const board = greenhouse();
    board.jobs = board.jobs.filter((j) => j.id !== 4100002);
    const [firstJob] = board.jobs;
    board.jobs[0] = {
      ...firstJob,
      content: String(firstJob?.content).replace('$42.00 - $55.00', '$45.00 - $58.00'),
    };
    routes.set('/v1/boards/fixture-health/jobs', { status: 200, body: board });
    const fourth = await fetchNow('2026-12-01');
    expect(source(fourth, 'greenhouse-fixture')).toMatchObject({
      extended: ['greenhouse-fixture-health-4100001.yaml'],
      updated: [],
      closed: [],
    });
    expect(job('greenhouse-fixture-health-4100001')).toMatchObject({
      datePosted: '2026-11-29',
      validThrough: '2026-12-15',
    });
    expect(job('greenhouse-fixture-health-4100002').validThrough).toBe('2026-11-29');
    expect(job('usajobs-vha-fix-0185-1').validThrough).toBe('2026-12-04');
  });

  it('the script prints the report, annotates a failing source as a GitHub warning, and exits 0', async () => {
    setRoutes();
    const run = await promisify(execFile)(
      process.execPath,
      [
        'scripts/jobs-fetch.ts',
        '--config',
        configFile,
        '--dir',
        dir,
        '--source',
        'greenhouse-broken',
        '--dry-run',
      ],
      { env: { ...process.env, ...env(), JOBS_AS_OF: '2026-11-30', GITHUB_ACTIONS: 'true' } },
    );
    expect(run.stdout).toMatch(/^Dry run, nothing written\. jobs:fetch as of 2026-11-30/);
    expect(run.stdout).toMatch(/^::warning title=jobs:fetch greenhouse-broken::HTTP 500 /m);
    const bad = await promisify(execFile)(
      process.execPath,
      ['scripts/jobs-fetch.ts', '--config', configFile, '--source', 'nope'],
      { env: { ...process.env, ...env() } },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 1 });
    expect((bad as { stderr: string }).stderr).toMatch(
      /--source nope: .* has no entry of that name\. Names: usajobs-social-work, /,
    );
  });

  it('skips USAJOBS with a clear message when the key or email is missing, and changes none of its postings', async () => {
    setRoutes();
    const before5 = snapshot();
    const run = await runJobsFetch({
      configFile,
      dir,
      asOf: '2026-11-30',
      only: 'usajobs-social-work',
      env: { ...env(), USAJOBS_API_KEY: '' },
    });
    expect(source(run, 'usajobs-social-work')).toMatchObject({ status: 'skipped', errors: [] });
    expect(run.text).toMatch(
      /usajobs-social-work \(usajobs\): skipped: set USAJOBS_API_KEY and USAJOBS_EMAIL/,
    );
    expect(snapshot()).toEqual(before5);
  });
});
