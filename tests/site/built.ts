/** Helpers for tests that read the production build in dist/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { parse } from 'yaml';

export const DIST = process.env.OUT_DIR ?? 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(
    `No build found in ${DIST}/. Run "npm run build" before the site tests (npm test does this for you).`,
  );
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => `${name}/${f}`) : [name];
  });
}

/** Every built HTML page, as its file path relative to dist/ ("career/index.html"). */
export const htmlFiles = (): string[] =>
  filesUnder(DIST)
    .filter((f) => f.endsWith('.html'))
    .sort();

/** The URL path a built file is served at: "career/index.html" -> "/career/", "404.html" -> "/404.html". */
export const routeOf = (file: string): string =>
  `/${file
    .split(sep)
    .join('/')
    .replace(/index\.html$/, '')}`;

/** The built file that serves a route ("/career/" -> dist/career/index.html), or undefined. */
export function fileFor(route: string): string | undefined {
  const clean = decodeURIComponent(route.replace(/[?#].*$/s, ''));
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const parsed = new Map<string, CheerioAPI>();

/**
 * A built page, parsed once and shared by every site test (the site project runs without isolation, and the
 * checks read the same pages many times): read it, never change it. A test that must edit a page loads its
 * own copy.
 */
export function page(route: string): CheerioAPI {
  const file = fileFor(route);
  if (!file) throw new Error(`No built page for ${route}`);
  let $ = parsed.get(file);
  if (!$) parsed.set(file, ($ = load(readFileSync(file, 'utf8'))));
  return $;
}

/** The visible text of a page's <main>, whitespace folded. */
export const mainText = ($: CheerioAPI): string => $('main').text().replace(/\s+/g, ' ').trim();

/** Every data entry of a collection folder in content/, keyed by id (file name without extension). */
export function dataOf<T = Record<string, unknown>>(folder: string): Map<string, T> {
  const dir = join('content', folder);
  return new Map(
    filesUnder(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => [f.replace(/\.ya?ml$/, ''), parse(readFileSync(join(dir, f), 'utf8')) as T]),
  );
}

export const relativeToDist = (file: string) => relative(DIST, file);

/** Whether a built page asks search engines not to index it (it then has no canonical URL and stays out of the sitemap). */
export const isNoindex = (route: string): boolean =>
  page(route)('meta[name="robots"]').attr('content')?.includes('noindex') ?? false;

/**
 * Whether the site search indexes a page: not noindex pages, and none that grows with the job board (postings,
 * list pages after the first, state job lists): postings are found through the board's own filter on /jobs/.
 * And not the path planner's state pages (51) and state-and-start pages (357): /career/path/ stands for them,
 * so a question such as "how long does it take" brings one planner page, not dozens.
 */
export const isSearchable = (route: string): boolean =>
  !isNoindex(route) &&
  !route.startsWith('/jobs/state/') &&
  !route.startsWith('/jobs/page/') &&
  !isJobPosting(route) &&
  !/^\/career\/path\/[^/]+\/([^/]+\/)?$/.test(route);

/** A posting's own page, /jobs/<id>/ (not the list, its pages, the state lists or the form). */
export const isJobPosting = (route: string): boolean =>
  /^\/jobs\/(?!page\/|state\/|post\/)[a-z0-9-]+\/$/.test(route);
