import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { parse, stringify } from 'yaml';
import { childBuild } from '../child-build.ts';
import { validator } from '../html-validator';
import { jobSchema } from '#src/schemas/job.ts';
import { copyContent } from '../content-copy.ts';

/**
 * Content written by someone hostile (or careless) must come out inert. One build of a copy of the real content
 * with script tags, event handlers, quotes, template braces, javascript: links, right-to-left text and emoji
 * injected into a job posting, a job description template, a state's notes, a duty and a guide page's
 * frontmatter. The build must succeed and every injected string must appear only as text or data.
 */
const SCRIPT = '</script><script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const QUOTES = `"quotes'`;
const BRACES = '{{ constructor.constructor("alert(1)")() }}';
const RTL = 'مدير الحالة السريري ‮evil‬';
/** Right-to-left text without direction controls (the jobs schema refuses those in one-line fields). */
const RTL_NAME = 'مدير الحالة السريري evil';
/** A posting dated after the build day (JOBS_AS_OF), and one whose title is one very long word. */
const FUTURE_ID = 'future-posting-test';
const LONG_ID = 'long-word-posting-test';
const LONG_WORD = 'Fallmanagementkoordinationsverantwortlichkeitsbeauftragter'.repeat(2);
const EMOJI = '🧑‍⚕️📋';
const HOSTILE = `${SCRIPT} ${IMG} ${QUOTES} ${BRACES} ${RTL} ${EMOJI}`;
const JOB_ID = 'hostile-posting-test';

const work = mkdtempSync(join(tmpdir(), 'ccm-hostile-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
let output = '';
let code: number | null = null;

const editYaml = (file: string, edit: (d: any) => void) => {
  const data = parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, stringify(data, { lineWidth: 0 }));
};
const html = (route: string) => load(readFileSync(join(dist, route, 'index.html'), 'utf8'));
const allHtml = (dir = dist): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? allHtml(join(dir, e.name))
      : e.name.endsWith('.html')
        ? [join(dir, e.name)]
        : [],
  );

/** Scripts other than the site's bundled modules and JSON-LD, event-handler attributes and javascript: URLs in a document. */
function inertProblems($: CheerioAPI): string[] {
  const problems: string[] = [];
  $('script').each((_, s) => {
    const src = $(s).attr('src');
    if ($(s).attr('type') === 'application/ld+json') return;
    // Data blocks (the search page's "did you mean" list) are never run; they must not be able to end early.
    if ($(s).attr('type') === 'application/json') {
      if ($(s).html()?.includes('<')) problems.push('a JSON data block with a raw "<"');
      return;
    }
    if (src && !/^\/_astro\/[\w.-]+\.js$/.test(src)) problems.push(`script src ${src}`);
    if ($(s).html()?.includes('alert(1)')) problems.push('script containing alert(1)');
  });
  $('*').each((_, node) => {
    const el = node as unknown as { tagName: string; attribs?: Record<string, string> };
    for (const [name, value] of Object.entries(el.attribs ?? {})) {
      if (/^on/i.test(name) || /^\s*javascript:/i.test(value))
        problems.push(`<${el.tagName} ${name}="${value}">`);
    }
  });
  return problems;
}

beforeAll(() => {
  copyContent(content);
  // A job posting: hostile title, employer, and a Markdown description with raw HTML and a javascript: link.
  writeFileSync(
    join(content, 'jobs', `${JOB_ID}.yaml`),
    stringify({
      id: JOB_ID,
      title: `Case manager ${SCRIPT} ${QUOTES} ${EMOJI}`,
      employer: { name: `Acme ${IMG} ${RTL_NAME}`, url: 'https://acme.example.org/' },
      location: { city: 'Austin', state: 'TX' },
      setting: 'hospital',
      employmentType: 'full-time',
      pay: { min: 60000, max: 70000, per: 'year' },
      licenseRequired: ['LCSW'],
      description: `Intro ${HOSTILE}\n\n<script>alert(1)</script>\n\n<div onclick="alert(1)">raw html</div>\n\n[apply now](javascript:alert(1)) and [mail](mailto:jobs@example.org)\n\n<a href="javascript:alert(1)">raw link</a> ${BRACES}`,
      datePosted: '2026-11-20',
      validThrough: '2027-01-31',
      apply: { url: 'https://acme.example.org/apply' },
      source: { name: 'employer', id: 'hostile-1' },
    }),
  );
  const plainJob = (id: string, title: string, datePosted: string) =>
    stringify({
      id,
      title,
      employer: { name: 'Fixture Employer' },
      location: { city: 'Austin', state: 'TX' },
      setting: 'hospital',
      employmentType: 'full-time',
      description:
        'A fixture posting for the hostile-content build; it is not a real vacancy at all.',
      datePosted,
      validThrough: '2027-01-31',
      apply: { url: 'https://fixture.example.org/apply' },
      source: { name: 'employer', id },
    });
  writeFileSync(
    join(content, 'jobs', `${FUTURE_ID}.yaml`),
    plainJob(FUTURE_ID, 'Scheduled Case Manager', '2026-11-30'),
  );
  writeFileSync(
    join(content, 'jobs', `${LONG_ID}.yaml`),
    plainJob(LONG_ID, LONG_WORD, '2026-11-21'),
  );
  editYaml(join(content, 'jd-templates', 'behavioral-health.yaml'), (d) => {
    d.summary = `Summary ${HOSTILE}`;
    d.workingConditions = `Conditions ${HOSTILE}`;
  });
  editYaml(join(content, 'states', 'tx.yaml'), (d) => {
    d.board.note = `Board note ${HOSTILE}`;
    d.compact.note = `Compact note ${HOSTILE}`;
  });
  editYaml(join(content, 'duties', 'assess-needs.yaml'), (d) => {
    d.text = `Assess ${HOSTILE}`;
  });
  const mdx = join(content, 'guide', 'duties.mdx');
  writeFileSync(
    mdx,
    readFileSync(mdx, 'utf8')
      .replace(/^title: .*$/m, `title: ${JSON.stringify(`Duties ${SCRIPT} ${QUOTES} ${EMOJI}`)}`)
      .replace(
        /^description: .*$/m,
        `description: ${JSON.stringify(`What case managers do day to day: ${IMG} ${BRACES} ${RTL}`)}`,
      ),
  );
  ({ code, output } = childBuild(work, {
    CONTENT_DIR: content,
    OUT_DIR: dist,
    JOBS_AS_OF: '2026-11-23',
  }));
}, 600_000);

afterAll(() => {
  if (!process.env.KEEP_HOSTILE) rmSync(work, { recursive: true, force: true });
  else console.log(work);
});

describe('hostile content is rendered inert', () => {
  it('the build succeeds', () => {
    expect(code, output.split('\n').slice(-40).join('\n')).toBe(0);
  });

  it('no page has an injected script, an event-handler attribute or a javascript: URL', () => {
    const problems = allHtml().flatMap((file) =>
      inertProblems(load(readFileSync(file, 'utf8'))).map(
        (p) => `${file.slice(dist.length)}: ${p}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('every JSON-LD block parses, and the posting carries the hostile title as data', () => {
    const problems: string[] = [];
    for (const file of allHtml()) {
      const $ = load(readFileSync(file, 'utf8'));
      $('script[type="application/ld+json"]').each((_, s) => {
        try {
          JSON.parse($(s).text());
        } catch (e) {
          problems.push(`${file.slice(dist.length)}: ${(e as Error).message}`);
        }
      });
    }
    expect(problems).toEqual([]);
    const $ = html(`jobs/${JOB_ID}`);
    const posting = $('script[type="application/ld+json"]')
      .map((_, s) => JSON.parse($(s).text()))
      .get()
      .find((d) => d['@type'] === 'JobPosting');
    expect(posting.title).toBe(`Case manager ${SCRIPT} ${QUOTES} ${EMOJI}`);
    expect(posting.hiringOrganization.name).toBe(`Acme ${IMG} ${RTL_NAME}`);
  });

  it('the injected strings show as text where they were written', () => {
    const job = html(`jobs/${JOB_ID}`);
    expect(job('h1').text()).toContain(SCRIPT);
    expect(job('main').text()).toContain(`Acme ${IMG}`);
    expect(job('main').text()).toContain(BRACES);
    expect(job('main').text()).toContain(EMOJI);
    // The description's raw HTML is dropped or escaped, its javascript: link loses its href, its mailto: link stays.
    expect(job('main a[href="mailto:jobs@example.org"]').length).toBe(1);
    expect(job('main div[onclick]').length).toBe(0);
    expect(html('career/duties')('title').text()).toContain(SCRIPT);
    expect(html('career/duties')('meta[name="description"]').attr('content')).toContain(IMG);
    expect(html('career/duties')('main').text()).toContain(`Assess ${SCRIPT}`);
    expect(html('job-description/behavioral-health')('main').text()).toContain(`Summary ${SCRIPT}`);
    expect(html('job-description/behavioral-health')('main').text()).toContain(
      `Conditions ${SCRIPT} ${IMG}`,
    );
    expect(html('licensing/texas')('main').text()).toContain(`Compact note ${SCRIPT}`);
  });

  it('the list index and the JSON Feed carry the text as data (content_html inert)', () => {
    const index = JSON.parse(readFileSync(join(dist, 'jobs', 'index.json'), 'utf8'));
    expect(JSON.stringify(index)).toContain(
      JSON.stringify(`Case manager ${SCRIPT} ${QUOTES} ${EMOJI}`).slice(1, -1),
    );
    if (existsSync(join(dist, 'jobs', 'feed.json'))) {
      const feed = JSON.parse(readFileSync(join(dist, 'jobs', 'feed.json'), 'utf8'));
      const item = feed.items.find((i: { url?: string; id?: string }) =>
        String(i.url ?? i.id).includes(JOB_ID),
      );
      // Titles and summaries are plain text in JSON Feed; content_html is HTML, so it must be inert markup.
      expect(item.title).toContain(SCRIPT);
      expect(inertProblems(load(item.content_html ?? ''))).toEqual([]);
    }
  });

  it('the RSS feed: a reader renders <description> as HTML, so the text in it must be escaped HTML, inert', () => {
    if (existsSync(join(dist, 'jobs', 'rss.xml'))) {
      const rss = readFileSync(join(dist, 'jobs', 'rss.xml'), 'utf8');
      const items = load(rss, { xml: true })('item');
      const mine = items.filter((_, i) =>
        load(rss, { xml: true })(i).find('link').text().includes(JOB_ID),
      );
      expect(mine.length).toBe(1);
      // The description element holds HTML (escaped or in CDATA): parsed as HTML, it must be inert.
      expect(
        inertProblems(load(load(rss, { xml: true })(mine[0]).find('description').text())),
      ).toEqual([]);
    }
  });

  it('the affected pages are valid HTML', async () => {
    const messages: string[] = [];
    for (const route of [
      `jobs/${JOB_ID}`,
      'jobs',
      'jobs/state/tx',
      'career/duties',
      'job-description/behavioral-health',
      'licensing/texas',
    ]) {
      const report = await validator.validateFile(join(dist, route, 'index.html'));
      messages.push(
        ...report.results.flatMap((r) =>
          r.messages.map((m) => `${route}: ${m.ruleId} ${m.line}:${m.column} ${m.message}`),
        ),
      );
    }
    expect(messages).toEqual([]);
  });
});

describe('what the job schema refuses outright, with the field named', () => {
  const base = parse(readFileSync('content/jobs/example-atlanta-government-lcsw.yaml', 'utf8'));
  const issues = (patch: Record<string, unknown>) => {
    const r = jobSchema.safeParse({ ...base, ...patch });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('a javascript: application or employer link', () => {
    expect(issues({ apply: { url: 'javascript:alert(1)' } }).join('\n')).toMatch(
      /^apply\.url: expected the application link as an http\(s\) URL/m,
    );
    expect(issues({ employer: { name: 'Acme', url: 'javascript:alert(1)' } }).join('\n')).toMatch(
      /^employer\.url: /m,
    );
  });

  it('control characters or line breaks in a one-line field', () => {
    expect(issues({ title: 'Case\u0007 manager' }).join('\n')).toMatch(
      /^title: must be one line of text/m,
    );
    expect(issues({ employer: { name: 'Acme\nHealth' } }).join('\n')).toMatch(
      /^employer\.name: must be one line of text/m,
    );
  });
});

describe('edge cases on the job pages (issue 13)', () => {
  const text = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('a posting dated after the build day is held: no page, and in no list, feed, sitemap or JSON-LD', () => {
    expect(existsSync(join(dist, 'jobs', FUTURE_ID))).toBe(false);
    for (const file of [
      'jobs/index.json',
      'jobs/rss.xml',
      'jobs/feed.json',
      'jobs/state/tx/rss.xml',
    ])
      expect(text(file), file).not.toContain(FUTURE_ID);
    const sitemaps = readdirSync(dist).filter((f) => f.startsWith('sitemap'));
    for (const f of sitemaps) expect(text(f), f).not.toContain(FUTURE_ID);
    const mentions = allHtml().filter((f) => readFileSync(f, 'utf8').includes(FUTURE_ID));
    expect(mentions.map((f) => f.slice(dist.length))).toEqual([]);
    // The posting dated before the build day is there, so the check above is not vacuous.
    expect(text('jobs/index.json')).toContain(LONG_ID);
  });

  it('employer names are isolated in <bdi>, so right-to-left text cannot reorder what follows', () => {
    for (const route of [`jobs/${JOB_ID}`, 'jobs', 'jobs/state/tx']) {
      const $ = html(route);
      expect($('bdi').text(), route).toContain(RTL_NAME);
    }
  });

  it('a title made of one very long word fits a 375 px phone on the list, the state list and the posting', async () => {
    const { chromium } = await import('@playwright/test');
    const { serveBuild } = await import('../static-server');
    const { chromiumLaunchOptions } = await import('../../scripts/lib/browser.ts');
    const { url, server } = await serveBuild(dist);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      const widths: Record<string, number> = {};
      for (const route of ['/jobs/', '/jobs/state/tx/', `/jobs/${LONG_ID}/`]) {
        await page.goto(`${url}${route}`);
        widths[route] = await page.evaluate(() => document.documentElement.scrollWidth);
      }
      expect(widths).toEqual({ '/jobs/': 375, '/jobs/state/tx/': 375, [`/jobs/${LONG_ID}/`]: 375 });
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});
