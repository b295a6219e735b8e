/**
 * USAJOBS Search API: GET {USAJOBS_BASE_URL}/api/Search?Keyword=...&JobCategoryCode=0185;0610&ResultsPerPage=500&Page=N
 * Docs: https://developer.usajobs.gov/api-reference/get-api-search (endpoint and parameters),
 * https://developer.usajobs.gov/api-reference/job-apis (paging: 250 a page by default, ResultsPerPage up to 500,
 * Page selects the page), https://developer.usajobs.gov/guides/authentication (headers).
 * Headers: Host (sent by the HTTP client from the URL: data.usajobs.gov), User-Agent: the email the key was
 * requested with, Authorization-Key: the key. Both come from USAJOBS_EMAIL and USAJOBS_API_KEY; without them the
 * source is skipped.
 * Paging: SearchResult.SearchResultCountAll is the number of matches; pages are read until Page x ResultsPerPage
 * reaches it (at most 10,000 rows, the documented cap of one query) or a page comes back short.
 * SearchResult.UserArea.NumberOfPages is not used: it was not found in the documentation.
 * Each page is mapped by the importer's USAJOBS reader (src/lib/jobs/import/usajobs.ts), which cites the fields.
 */
import { readUsajobs } from '#src/lib/jobs/import/usajobs.ts';
import type { UsajobsSource } from '../config.ts';
import { SourceError } from '../http.ts';
import { certificationsIn, licensesIn } from '../normalize.ts';
import { obj } from '../posting.ts';
import { SkipSource, type Fetched, type Provider } from '../types.ts';

export const USAJOBS_BASE_URL = 'https://data.usajobs.gov';
/** The documented maximum of ResultsPerPage. */
export const USAJOBS_PAGE = 500;
/** The documented maximum of rows one query returns. */
export const USAJOBS_MAX_ROWS = 10_000;

export const fetchUsajobs: Provider<UsajobsSource> = async (entry, ctx) => {
  const key = ctx.env.USAJOBS_API_KEY?.trim();
  const email = ctx.env.USAJOBS_EMAIL?.trim();
  if (!key || !email)
    throw new SkipSource(
      `skipped: set USAJOBS_API_KEY and USAJOBS_EMAIL (the key from https://developer.usajobs.gov/apirequest/index and the email it was requested with) to read USAJOBS.`,
    );
  const base = (ctx.env.USAJOBS_BASE_URL || USAJOBS_BASE_URL).replace(/\/+$/, '');
  const perPage = Math.min(USAJOBS_PAGE, Number(ctx.env.USAJOBS_RESULTS_PER_PAGE) || USAJOBS_PAGE);
  const out: Fetched[] = [];
  for (let page = 1; ; page++) {
    const params = new URLSearchParams({ Keyword: entry.keywords });
    if (entry.series?.length) params.set('JobCategoryCode', entry.series.join(';'));
    params.set('ResultsPerPage', String(perPage));
    params.set('Page', String(page));
    const url = `${base}/api/Search?${params}`;
    const body = await ctx.http.getJson(url, { 'user-agent': email, 'authorization-key': key });
    const result = obj(obj(body).SearchResult);
    const items = result.SearchResultItems;
    const total = Number(result.SearchResultCountAll);
    if (!Array.isArray(items) || !Number.isFinite(total))
      throw new SourceError(
        `${url} has no SearchResult.SearchResultItems and SearchResultCountAll, so it is not a USAJOBS Search API response.`,
      );
    const read = readUsajobs(JSON.stringify(body), url);
    read.candidates.forEach((c, i) => {
      const job = c.job as Record<string, unknown> | undefined;
      const title = String(job?.title ?? '');
      const description = String(job?.description ?? '');
      const text = `${title}\n${description}`;
      const licenses = licensesIn(text);
      out.push({
        id: c.id ?? `usajobs-page-${page}-item-${i + 1}`,
        ref: c.ref.replace(/^item \d+/, `page ${page} item ${i + 1}`),
        title,
        description,
        licenses,
        ...(job && {
          job: {
            ...job,
            licenseRequired: licenses,
            certificationsPreferred: certificationsIn(text),
          },
        }),
        problems: c.problems,
        notes: c.notes,
      });
    });
    const reach = Math.min(total, USAJOBS_MAX_ROWS);
    if (items.length < perPage || page * perPage >= reach) break;
  }
  return out;
};
