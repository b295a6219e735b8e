/**
 * SmartRecruiters Posting API: GET {SMARTRECRUITERS_BASE_URL}/v1/companies/{company}/postings?limit=100&offset=N
 * Docs: https://dev.smartrecruiters.com/customer-api/posting-api/endpoints/postings/ and the Posting object,
 * https://developers.smartrecruiters.com/docs/objects. Public, no authentication. Pages of at most 100
 * ({ limit, offset, totalFound, content[] }): read while offset < totalFound.
 * List fields used: id, name (the title), releasedDate, location { city, region, country, remote },
 * typeOfEmployment.label. The list carries no job text ("to get full object use 'ref'"), so each posting whose
 * title passes the relevance rule is read again from GET .../postings/{id}, whose jobAd.sections
 * { companyDescription, jobDescription, qualifications, additionalInformation } each hold { title, text }, with
 * applyUrl and postingUrl. Those detail fields come from SmartRecruiters' published PostingDetails schema as
 * reproduced by third parties, not from a page read here: not yet verified. No closing date: rolling.
 */
import { dayOf } from '#src/lib/jobs/import/dates.ts';
import { htmlToText } from '#src/lib/jobs/import/text.ts';
import type { SmartRecruitersSource } from '../config.ts';
import { SourceError } from '../http.ts';
import { toStateCode } from '#src/lib/jobs/import/states.ts';
import { isCaseManagementRole } from '../relevance.ts';
import { obj, str, toFetched } from '../posting.ts';
import type { Fetched, Provider } from '../types.ts';

export const SMARTRECRUITERS_BASE_URL = 'https://api.smartrecruiters.com';
const PAGE = 100; // the documented maximum of `limit`

export const fetchSmartRecruiters: Provider<SmartRecruitersSource> = async (entry, ctx) => {
  const base = (ctx.env.SMARTRECRUITERS_BASE_URL || SMARTRECRUITERS_BASE_URL).replace(/\/+$/, '');
  const company = encodeURIComponent(entry.company);
  const listed: Record<string, unknown>[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const url = `${base}/v1/companies/${company}/postings?limit=${PAGE}&offset=${offset}`;
    const body = obj(await ctx.http.getJson(url));
    if (!Array.isArray(body.content) || typeof body.totalFound !== 'number')
      throw new SourceError(
        `${url} has no content list and totalFound, so it is not a SmartRecruiters Posting API response.`,
      );
    listed.push(...body.content.map(obj));
    if (!body.content.length || offset + PAGE >= body.totalFound) break;
  }
  const out: Fetched[] = [];
  for (const p of listed) {
    const id = str(p.id);
    const title = str(p.name);
    const loc = obj(p.location);
    const country = str(loc.country).toLowerCase();
    const common = {
      provider: 'smartrecruiters' as const,
      board: entry.company,
      sourceId: id,
      title,
      employer: { name: entry.employer, url: entry.employerUrl },
      place: [str(loc.city), toStateCode(str(loc.region)) ?? str(loc.region)]
        .filter(Boolean)
        .join(', '),
      remote: loc.remote === true ? true : undefined,
      abroad: country && country !== 'us' ? `country ${country.toUpperCase()}` : undefined,
      employmentType: str(obj(p.typeOfEmployment).label),
      datePosted: dayOf(p.releasedDate),
      setting: ctx.setting,
      fields: {
        id: 'id',
        location: 'location',
        employmentType: 'typeOfEmployment',
        apply: 'applyUrl',
      },
    };
    if (!isCaseManagementRole({ title }).relevant) {
      // Not read in full: the relevance rule only needs the title to say no.
      out.push(toFetched({ ...common, record: p, description: '' }));
      continue;
    }
    const detail = obj(
      await ctx.http.getJson(`${base}/v1/companies/${company}/postings/${encodeURIComponent(id)}`),
    );
    const sections = obj(obj(detail.jobAd).sections);
    const description = [
      'jobDescription',
      'qualifications',
      'additionalInformation',
      'companyDescription',
    ]
      .map((k) => obj(sections[k]))
      .map((s) => {
        const text = htmlToText(str(s.text));
        return text ? (str(s.title) ? `**${str(s.title).trim()}**\n\n${text}` : text) : '';
      })
      .filter(Boolean)
      .join('\n\n');
    out.push(
      toFetched({
        ...common,
        record: detail,
        description,
        applyUrl: str(detail.applyUrl),
        sourceUrl: str(detail.postingUrl) || undefined,
      }),
    );
  }
  return out;
};
