import { stateHref } from './state-slug.ts';

/**
 * The lines of public/_redirects (Netlify and Cloudflare Pages syntax): every postal code's licensing
 * address to its state page, permanently. tests/unit/redirects.test.ts keeps the file in step with the data.
 */
export const codeRedirectLines = (states: { code: string; name: string }[]): string[] =>
  [...states]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((s) => `/licensing/${s.code.toLowerCase()}/ ${stateHref(s.name)} 301`);

/**
 * The planner form sent without JavaScript (/career/path/?state=texas&start=msw) to its static page.
 * Netlify matches query parameters; hosts that do not show /career/path/, whose links lead to every page.
 */
export const PLANNER_FORM_REDIRECT =
  '/career/path/ state=:state start=:start /career/path/:state/:start/ 302';
