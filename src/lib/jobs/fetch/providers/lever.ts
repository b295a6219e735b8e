/**
 * Lever Postings API: GET {LEVER_BASE_URL}/v0/postings/{site}?mode=json
 * Docs: https://github.com/lever/postings-api (README). Public, no authentication. The answer is a JSON array of
 * postings; without skip and limit it holds every published posting. Errors come with an HTTP status and
 * {ok: false, error}.
 * Fields used: id, text (the title), categories { location, commitment, team, allLocations }, country (ISO 3166-1
 * alpha-2), descriptionPlain, lists[] { text, content (HTML list items) }, additionalPlain, hostedUrl, applyUrl,
 * workplaceType (unspecified | on-site | remote | hybrid), salaryRange { currency, interval, min, max }.
 * `createdAt` is not in the README's field list, so it is not used: the posting is dated the day it is first seen
 * and, with no closing date in the API, closes on a rolling date. `salaryRange.interval` values are not listed in
 * the README either ("per-hour-wage" is seen in real postings): the period is read from the words.
 */
import { htmlToText } from '#src/lib/jobs/import/text.ts';
import type { LeverSource } from '../config.ts';
import { SourceError } from '../http.ts';
import { checkedPay, payPeriodOf } from '../normalize.ts';
import { arr, obj, str, toFetched } from '../posting.ts';
import type { Provider } from '../types.ts';

export const LEVER_BASE_URL = 'https://api.lever.co';

export const fetchLever: Provider<LeverSource> = async (entry, ctx) => {
  const base = (ctx.env.LEVER_BASE_URL || LEVER_BASE_URL).replace(/\/+$/, '');
  const url = `${base}/v0/postings/${encodeURIComponent(entry.site)}?mode=json`;
  const body = await ctx.http.getJson(url);
  if (!Array.isArray(body))
    throw new SourceError(
      `${url} did not answer with a list of postings, as the Lever Postings API does.`,
    );
  return body.map((raw) => {
    const p = obj(raw);
    const categories = obj(p.categories);
    const lists = arr(p.lists)
      .map(obj)
      .map((l) => {
        const items = htmlToText(str(l.content));
        return items ? `**${str(l.text).trim()}**\n\n${items}` : '';
      })
      .filter(Boolean);
    const description = [
      htmlToText(str(p.descriptionPlain)),
      ...lists,
      htmlToText(str(p.additionalPlain)),
    ]
      .filter(Boolean)
      .join('\n\n');
    const salary = obj(p.salaryRange);
    const per = payPeriodOf(str(salary.interval));
    const pay =
      per && (str(salary.currency) || 'USD').toUpperCase() === 'USD'
        ? checkedPay(
            Number(salary.min),
            salary.max === undefined ? undefined : Number(salary.max),
            per,
          )
        : undefined;
    const country = str(p.country).toUpperCase();
    return toFetched({
      provider: 'lever',
      board: entry.site,
      sourceId: str(p.id),
      record: p,
      title: str(p.text),
      employer: { name: entry.employer, url: entry.employerUrl },
      place: str(categories.location),
      remote: p.workplaceType === 'remote' ? true : undefined,
      abroad: country && country !== 'US' ? `country ${country}` : undefined,
      employmentType: str(categories.commitment),
      pay,
      description,
      applyUrl: str(p.applyUrl),
      sourceUrl: str(p.hostedUrl),
      setting: ctx.setting,
      fields: {
        id: 'id',
        location: 'categories.location',
        employmentType: 'categories.commitment',
        apply: 'applyUrl',
      },
    });
  });
};
