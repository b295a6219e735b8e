/**
 * Page weight budgets, enforced on the real build by tests/site/budgets.test.ts and printed by `npm run bench`.
 * Sizes are gzip bytes, measured by scripts/lib/page-weight.ts (one file at a time, as a host sends them).
 */

/** Every page's HTML plus its stylesheets, gzip: text pages and tool pages alike (tool pages also have a JS budget). */
export const PAGE_HTML_CSS_GZIP = 30 * 1024;

/**
 * Pages allowed over that budget for now, each with its own cap so it cannot grow, and the way back under.
 * None today: /sources/licensing/ is split by state, and /licensing/ draws its map with rounded coordinates
 * and keeps the map's data in its comparison table rather than a second table.
 */
export const HTML_CSS_EXCEPTIONS: Record<string, { gzip: number; why: string }> = {};

/** The HTML + CSS budget of a page. */
export const htmlCssBudgetFor = (route: string): number =>
  HTML_CSS_EXCEPTIONS[route]?.gzip ?? PAGE_HTML_CSS_GZIP;

/**
 * The one script a text page may load: a tiny header search opener, the same on every page (if the site has one).
 * Its own bytes plus the modules it imports, gzip.
 */
export const SITE_WIDE_SCRIPT_GZIP = 2 * 1024;

/**
 * Pages with an island or a tool script, and the JavaScript each may load on first view (gzip, the scripts and
 * every module they import statically; what they load later with import(), such as the chart library or the
 * search engine, is reported by the bench but not held here). A page that loads JavaScript and matches no row fails.
 */
export const JS_BUDGETS: { label: string; match: (route: string) => boolean; gzip: number }[] = [
  // React and the two pay charts' controls; chart.js itself arrives later, when a chart scrolls into view.
  { label: 'pay (/salary/)', match: (r) => r === '/salary/', gzip: 80 * 1024 },
  { label: 'licensing index (/licensing/)', match: (r) => r === '/licensing/', gzip: 8 * 1024 },
  { label: 'search (/search/)', match: (r) => r === '/search/', gzip: 8 * 1024 },
  // The state picker that narrows the side-by-side table to the states in the URL.
  { label: 'compare states', match: (r) => r === '/licensing/compare/', gzip: 2 * 1024 },
  // The planner form only opens the static page of the chosen state and start.
  { label: 'path planner', match: (r) => r.startsWith('/career/path/'), gzip: 2 * 1024 },
  {
    label: 'job description builder',
    match: (r) => r === '/job-description/builder/',
    gzip: 90 * 1024,
  },
  {
    label: 'job description templates (copy buttons)',
    match: (r) => r.startsWith('/job-description/'),
    gzip: 4 * 1024,
  },
  // The filter, facet counts and list rendering; the postings are fetched on first use, not on load: a state's
  // shard and the nationwide postings for a state alone, /jobs/index.json for other views (sizes in the bench).
  {
    label: 'job list (/jobs/ and its pages)',
    match: (r) => r === '/jobs/' || /^\/jobs\/page\/\d+\/$/.test(r),
    gzip: 12 * 1024,
  },
  // React and the form; the jobs schema (zod) and the YAML writer (about 45 KB gzip) load when the form is first focused.
  { label: 'post a job (/jobs/post/)', match: (r) => r === '/jobs/post/', gzip: 85 * 1024 },
];

/** The budget row for a page, or undefined for a text page. */
export const jsBudgetFor = (route: string) => JS_BUDGETS.find((b) => b.match(route));
