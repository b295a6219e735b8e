/**
 * Reads a USAJOBS Search API response saved as JSON (GET https://data.usajobs.gov/api/Search).
 *
 * Field names and codes, as checked on 2026-11-23:
 * - developer.usajobs.gov/api-reference/get-api-search: the Search endpoint and its paging; the response is
 *   SearchResult.SearchResultItems[], each with a MatchedObjectDescriptor.
 * - Saved responses published on GitHub (AllenHThompson/job-press sampleData.md, 2016; a 2024 response in a project
 *   README): MatchedObjectDescriptor has PositionID, PositionTitle, PositionURI, ApplyURI[], PositionLocation[]
 *   { LocationName, CountryCode ("United States"), CountrySubDivisionCode (a state NAME: "Georgia",
 *   "District of Columbia", or "N/A"), CityName ("Atlanta, Georgia": city and state together) },
 *   OrganizationName, DepartmentName, PositionSchedule[] { Name (may be ""), Code ("1") },
 *   PositionRemuneration[] { MinimumRange, MaximumRange (numbers as strings: "134751.0"), RateIntervalCode,
 *   Description }, PublicationStartDate and ApplicationCloseDate ("2024-06-04T00:00:00.0000" or "...Z"),
 *   QualificationSummary, UserArea.Details { JobSummary, MajorDuties[], TeleworkEligible, RemoteIndicator (booleans) }.
 * - RateIntervalCode: "PA" per year and "PH" per hour (with Description "Per Year" / "Per Hour"); older responses
 *   put "Per Year" in RateIntervalCode itself. Other codes (PD per day, BW biweekly, PM per month, PW piece work,
 *   WC without compensation) have no place on this board, whose pay is per hour or per year: pay is left out.
 * - PositionSchedule codes (USAJOBS code list "positionscheduletypes"): 1 full-time, 2 part-time, 4 intermittent.
 * - Remote jobs list the location "Anywhere in the U.S. (remote job)" and set RemoteIndicator.
 */
import { dayOf } from './dates.ts';
import { fingerprint } from './fingerprint.ts';
import { toStateCode } from './states.ts';
import { fitTo } from './limits.ts';
import { slugify } from '../../text/slug.ts';
import { htmlToText, oneLine } from './text.ts';
import { InputError, type Candidate, type SourceReadResult } from './types.ts';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null || v === '' ? [] : [v]);
const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
const yes = (v: unknown) =>
  v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');

const FIELD_NAMES: Record<string, string> = {
  id: 'PositionID',
  title: 'PositionTitle',
  employer: 'OrganizationName',
  location: 'PositionLocation',
  remote: 'UserArea.Details.RemoteIndicator',
  employmentType: 'PositionSchedule',
  pay: 'PositionRemuneration',
  description: 'UserArea.Details.JobSummary',
  datePosted: 'PublicationStartDate',
  validThrough: 'ApplicationCloseDate',
  apply: 'ApplyURI',
  source: 'PositionID',
  'source.url': 'PositionURI',
};
const fieldName = (path: string) =>
  FIELD_NAMES[path] ?? FIELD_NAMES[path.replace(/\..*$/, '')] ?? path;

/** Parse the saved response. Throws InputError when the file is not a Search API response at all. */
export function readUsajobs(text: string, fileName = 'the file'): SourceReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(
      `${fileName} is not JSON (${(e as Error).message}). Save the USAJOBS Search API response as it comes, e.g. curl ... > usajobs.json.`,
    );
  }
  const items = obj(obj(data).SearchResult).SearchResultItems;
  if (!Array.isArray(items)) {
    throw new InputError(
      `${fileName} has no SearchResult.SearchResultItems list, so it is not a USAJOBS Search API response. Save the whole response of GET https://data.usajobs.gov/api/Search, or use --format csv for a spreadsheet export.`,
    );
  }
  return { source: 'usajobs', candidates: items.map((item, i) => mapItem(item, i + 1)), fieldName };
}

function mapItem(item: unknown, n: number): Candidate {
  const d = obj(obj(item).MatchedObjectDescriptor);
  const ref = `item ${n}`;
  // Hit highlighting (PositionFormattedDescription) depends on the search words, not on the posting: left out of the fingerprint.
  const { PositionFormattedDescription: _teaser, ...record } = d;
  const c: Candidate = { ref, hash: fingerprint(record), problems: [], notes: [] };
  if (!Object.keys(d).length) {
    c.problems.push(
      'MatchedObjectDescriptor: missing. Each item of SearchResultItems needs one; save the response unchanged.',
    );
    return c;
  }
  const positionId = oneLine(str(d.PositionID));
  if (!positionId)
    c.problems.push(
      'PositionID: missing. It names the file (usajobs-<PositionID>); save the response unchanged.',
    );
  else c.id = slugify(`usajobs-${positionId}`);
  if (positionId) c.ref = `item ${n} (PositionID ${positionId})`;

  const details = obj(obj(d.UserArea).Details);
  const where = locations(d.PositionLocation);
  // RemoteIndicator is sometimes missing on remote announcements; their location label still says so.
  const remote = yes(details.RemoteIndicator) || where.some((l) => isRemoteLabel(l.label));
  const first = where.find((l) => l.state);
  if (!first && !remote)
    c.problems.push(
      'PositionLocation: no location in a US state or DC, and RemoteIndicator is not true. The board lists jobs in the 50 states and DC.',
    );
  const others = where.filter((l) => l !== first && !isRemoteLabel(l.label)).map((l) => l.label);

  const employmentType = schedule(d.PositionSchedule);
  if (!employmentType)
    c.problems.push(
      `PositionSchedule: "${describeSchedule(d.PositionSchedule)}" is not a schedule the board knows. Known: code 1 (full time), 2 (part time), 4 (intermittent, listed as per diem).`,
    );

  const pay = remuneration(d.PositionRemuneration, c.notes, c.problems);
  const datePosted = dayOf(d.PublicationStartDate);
  if (!datePosted)
    c.problems.push(
      `PublicationStartDate: "${str(d.PublicationStartDate)}" is not a date. Expected an ISO date such as 2026-11-17T00:00:00.0000.`,
    );
  const validThrough = dayOf(d.ApplicationCloseDate);
  if (!validThrough)
    c.problems.push(
      `ApplicationCloseDate: "${str(d.ApplicationCloseDate)}" is not a date. Expected an ISO date such as 2026-12-17T23:59:59.9970.`,
    );

  const title = fitTo('title', oneLine(str(d.PositionTitle)), c.notes);
  const description = fitTo('description', describe(d, details, others, remote), c.notes);
  const applyUrl = str(arr(d.ApplyURI)[0]).trim() || str(d.PositionURI).trim();
  const positionUri = str(d.PositionURI).trim();

  c.job = {
    id: c.id,
    title,
    employer: { name: oneLine(str(d.OrganizationName)) || oneLine(str(d.DepartmentName)) },
    ...(first ? { location: { city: first.city, state: first.state } } : {}),
    ...(remote ? { remote: { eligible: 'US' } } : {}),
    setting: 'government',
    employmentType,
    ...(pay ? { pay } : {}),
    licenseRequired: [],
    certificationsPreferred: [],
    description,
    datePosted,
    validThrough,
    apply: { url: applyUrl },
    source: {
      name: 'usajobs',
      id: positionId,
      ...(positionUri ? { url: positionUri } : {}),
      hash: c.hash,
    },
  };
  return c;
}

/** "Anywhere in the U.S. (remote job)", the location USAJOBS lists for remote jobs. */
const isRemoteLabel = (label: string) =>
  /\(remote job\)|^anywhere in the u\.?\s?s\.?\b/i.test(label);

interface Place {
  label: string;
  city: string;
  state?: string;
}

/** Every listed location, with city and state code for those in a US state or DC. */
function locations(value: unknown): Place[] {
  return arr(value).map((raw) => {
    const l = obj(raw);
    const label = oneLine(str(l.LocationName)) || oneLine(str(l.CityName));
    const country = str(l.CountryCode).trim().toLowerCase();
    const inUs = !country || country === 'united states' || country === 'us' || country === 'usa';
    const state = inUs ? toStateCode(str(l.CountrySubDivisionCode)) : undefined;
    // CityName repeats the state: "Atlanta, Georgia", "Washington DC, District of Columbia".
    const cityName = oneLine(str(l.CityName)) || label;
    const city = cityName.includes(',')
      ? cityName.slice(0, cityName.lastIndexOf(',')).trim()
      : cityName;
    return { label, city, ...(state && city.length >= 2 ? { state } : {}) };
  });
}

function schedule(value: unknown): string | undefined {
  const s = obj(arr(value)[0]);
  const code = str(s.Code).trim();
  const name = str(s.Name).trim().toLowerCase();
  if (code === '1' || /full/.test(name)) return 'full-time';
  if (code === '2' || /part/.test(name)) return 'part-time';
  if (code === '4' || /intermittent/.test(name)) return 'per-diem';
  return undefined;
}
const describeSchedule = (value: unknown) => {
  const s = obj(arr(value)[0]);
  return (
    [str(s.Name), str(s.Code) && `code ${str(s.Code)}`].filter(Boolean).join(', ') || 'missing'
  );
};

/**
 * Pay per hour or per year; anything else is left out, with a note. A range whose minimum is above its maximum
 * is a problem (the posting is rejected): the board never publishes a figure the source did not state.
 */
function remuneration(value: unknown, notes: string[], problems: string[]) {
  const r = obj(arr(value)[0]);
  if (!Object.keys(r).length) return undefined;
  const interval = `${str(r.RateIntervalCode)} ${str(r.Description)}`.toLowerCase();
  const per = /\bpa\b|per year|per annum/.test(interval)
    ? 'year'
    : /\bph\b|per hour/.test(interval)
      ? 'hour'
      : undefined;
  const min = Number(str(r.MinimumRange).replace(/[$,\s]/g, ''));
  const max = Number(str(r.MaximumRange).replace(/[$,\s]/g, ''));
  if (!per) {
    notes.push(
      `pay left out: PositionRemuneration is "${str(r.RateIntervalCode) || 'no interval'}", and the board shows pay per hour or per year`,
    );
    return undefined;
  }
  if (!(min > 0)) {
    notes.push('pay left out: PositionRemuneration has no minimum above 0');
    return undefined;
  }
  if (max > 0 && max < min) {
    problems.push(
      `PositionRemuneration: the minimum ${str(r.MinimumRange).trim()} is above the maximum ${str(r.MaximumRange).trim()}. The announcement needs correcting on USAJOBS; it is not imported until then.`,
    );
    return undefined;
  }
  return { min, ...(max > min ? { max } : {}), per };
}

function describe(d: Obj, details: Obj, otherPlaces: string[], remote: boolean): string {
  const parts: string[] = [];
  const summary = htmlToText(str(details.JobSummary));
  if (summary) parts.push(summary);
  const duties = arr(details.MajorDuties)
    .map((x) => htmlToText(str(x)).replace(/\n+/g, ' ').replace(/^- /, ''))
    .filter(Boolean);
  if (duties.length) parts.push(`**Major duties**\n\n${duties.map((x) => `- ${x}`).join('\n')}`);
  const qualifications = htmlToText(str(d.QualificationSummary));
  if (qualifications) parts.push(`**Qualifications**\n\n${qualifications}`);
  const where: string[] = [];
  if (remote) where.push('This is a remote job: you may work from anywhere in the United States.');
  else if (yes(details.TeleworkEligible)) where.push('This job is eligible for telework.');
  if (otherPlaces.length) where.push(`Also open in: ${otherPlaces.join('; ')}.`);
  if (where.length) parts.push(where.join(' '));
  parts.push(
    'Imported from USAJOBS. The announcement on USAJOBS is the full and authoritative version.',
  );
  return parts.join('\n\n');
}
