/**
 * Greenhouse Job Board API: GET {GREENHOUSE_BASE_URL}/v1/boards/{board}/jobs?content=true
 * Docs: https://developers.greenhouse.io/job-board.html#list-jobs (source: github.com/grnhse/greenhouse-api-docs,
 * source/includes/job-board/_jobs.md). Public, no authentication. One call returns every post; no paging is
 * documented, and `meta.total` counts them.
 * Fields used: jobs[].id (the job post's id), title, updated_at, location.name, absolute_url, metadata[] { name,
 * value } (custom fields an employer exposes), content (the description, HTML-entity-escaped: "&lt;p&gt;"; with
 * content=true). Pay is only on the single-job endpoint (pay_transparency=true), so it is read from the text here.
 * No posting date or closing date is documented: the posting is dated the day it is first seen and closes on a
 * rolling date.
 */
import { decodeEntities, htmlToText } from '#src/lib/jobs/import/text.ts';
import type { GreenhouseSource } from '../config.ts';
import { SourceError } from '../http.ts';
import { arr, obj, str, toFetched } from '../posting.ts';
import type { Provider } from '../types.ts';

export const GREENHOUSE_BASE_URL = 'https://boards-api.greenhouse.io';

export const fetchGreenhouse: Provider<GreenhouseSource> = async (entry, ctx) => {
  const base = (ctx.env.GREENHOUSE_BASE_URL || GREENHOUSE_BASE_URL).replace(/\/+$/, '');
  const url = `${base}/v1/boards/${encodeURIComponent(entry.board)}/jobs?content=true`;
  const body = obj(await ctx.http.getJson(url));
  if (!Array.isArray(body.jobs))
    throw new SourceError(`${url} has no jobs list, so it is not a Greenhouse job board response.`);
  return body.jobs.map((raw) => {
    const j = obj(raw);
    const custom = arr(j.metadata)
      .map(obj)
      .filter((m) => /employment|schedule|job type|time type/i.test(str(m.name)))
      .map((m) => str(m.value))
      .join(' ');
    return toFetched({
      provider: 'greenhouse',
      board: entry.board,
      sourceId: str(j.id),
      record: j,
      title: str(j.title),
      employer: { name: entry.employer, url: entry.employerUrl },
      place: str(obj(j.location).name),
      employmentType: custom,
      description: htmlToText(decodeEntities(str(j.content))),
      applyUrl: str(j.absolute_url),
      sourceUrl: str(j.absolute_url),
      setting: ctx.setting,
      fields: {
        id: 'id',
        location: 'location.name',
        employmentType: 'metadata (employment type) or content',
        apply: 'absolute_url',
      },
    });
  });
};
