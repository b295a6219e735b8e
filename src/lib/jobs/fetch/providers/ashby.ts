/**
 * Ashby public Job Posting API: GET {ASHBY_BASE_URL}/posting-api/job-board/{board}?includeCompensation=true
 * Docs: https://developers.ashbyhq.com/docs/public-job-posting-api (field meanings also in
 * https://developers.ashbyhq.com/docs/dedicated-partner-job-feeds). Public, no authentication; one call returns all
 * published jobs, no paging.
 * Fields used: jobs[] { title, location, isListed, isRemote, descriptionHtml, descriptionPlain, publishedAt,
 * employmentType (FullTime | PartTime | Intern | Contract | Temporary), address.postalAddress { addressLocality,
 * addressRegion, addressCountry }, jobUrl, applyUrl, compensation.compensationTiers[].components[]
 * { compensationType, interval ("1 YEAR"), currencyCode, minValue, maxValue } }.
 * Doubts: the documented example prints `compensation` after the jobs list rather than inside each job; it is read
 * per job here, and left out when absent. The example shows no job id, so the id is the last part of jobUrl.
 * Jobs with isListed false are skipped. No closing date is documented: rolling.
 */
import { dayOf } from '#src/lib/jobs/import/dates.ts';
import { htmlToText } from '#src/lib/jobs/import/text.ts';
import type { AshbySource } from '../config.ts';
import { SourceError } from '../http.ts';
import { checkedPay, payPeriodOf, type Pay } from '../normalize.ts';
import { arr, obj, str, toFetched } from '../posting.ts';
import type { Provider } from '../types.ts';

export const ASHBY_BASE_URL = 'https://api.ashbyhq.com';

const US = /^(us|usa|united states( of america)?)$/i;

function salary(job: Record<string, unknown>): Pay | undefined {
  for (const tier of arr(obj(job.compensation).compensationTiers))
    for (const c of arr(obj(tier).components).map(obj)) {
      if (c.compensationType !== 'Salary' || str(c.currencyCode).toUpperCase() !== 'USD') continue;
      const per = payPeriodOf(str(c.interval));
      if (!per) continue;
      const pay = checkedPay(
        Number(c.minValue),
        c.maxValue == null ? undefined : Number(c.maxValue),
        per,
      );
      if (pay) return pay;
    }
  return undefined;
}

export const fetchAshby: Provider<AshbySource> = async (entry, ctx) => {
  const base = (ctx.env.ASHBY_BASE_URL || ASHBY_BASE_URL).replace(/\/+$/, '');
  const url = `${base}/posting-api/job-board/${encodeURIComponent(entry.board)}?includeCompensation=true`;
  const body = obj(await ctx.http.getJson(url));
  if (!Array.isArray(body.jobs))
    throw new SourceError(`${url} has no jobs list, so it is not an Ashby job board response.`);
  return body.jobs
    .map(obj)
    .filter((j) => j.isListed !== false)
    .map((j) => {
      const jobUrl = str(j.jobUrl);
      const postal = obj(obj(j.address).postalAddress);
      const country = str(postal.addressCountry);
      const city = str(postal.addressLocality);
      const region = str(postal.addressRegion);
      const place =
        city && region && (!country || US.test(country)) ? `${city}, ${region}` : str(j.location);
      return toFetched({
        provider: 'ashby',
        board: entry.board,
        sourceId:
          jobUrl
            .replace(/[?#].*$/, '')
            .replace(/\/+$/, '')
            .split('/')
            .pop() ?? '',
        record: j,
        title: str(j.title),
        employer: { name: entry.employer, url: entry.employerUrl },
        place: j.isRemote === true && !city ? `Remote ${str(j.location)}` : place,
        remote: j.isRemote === true ? true : undefined,
        abroad: country && !US.test(country) ? country : undefined,
        employmentType: str(j.employmentType).replace(/([a-z])([A-Z])/g, '$1 $2'),
        pay: salary(j),
        description: htmlToText(str(j.descriptionHtml)) || htmlToText(str(j.descriptionPlain)),
        datePosted: dayOf(j.publishedAt),
        applyUrl: str(j.applyUrl),
        sourceUrl: jobUrl,
        setting: ctx.setting,
        fields: {
          id: 'jobUrl',
          location: 'address.postalAddress / location',
          employmentType: 'employmentType',
          apply: 'applyUrl',
        },
      });
    });
};
