/** Turns what a provider read into a Fetched posting: the fields every board shares, normalized one way. */
import type { JobSetting } from '#src/schemas/vocabulary/jobs.ts';
import { fingerprint } from '#src/lib/jobs/import/fingerprint.ts';
import { oneLine } from '#src/lib/jobs/import/text.ts';
import { slugify } from '#src/lib/text/slug.ts';
import {
  certificationsIn,
  employmentTypeOf,
  licensesIn,
  payInText,
  settingOf,
  workplaceOf,
  type Pay,
} from './normalize.ts';
import type { Fetched } from './types.ts';

type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

const MAX_DESCRIPTION = 20_000;

/** What a provider read from one posting; an optional part it could not read may be undefined. */
export interface PostingParts {
  provider: 'greenhouse' | 'lever' | 'ashby' | 'smartrecruiters';
  /** The board, site or company: the first part of the id, so two boards never share one. */
  board: string;
  /** The posting's id at the source. */
  sourceId: string;
  /** The source record, fingerprinted into source.hash. */
  record: unknown;
  title: string;
  employer: { name: string; url?: string | undefined };
  /** The place as the source writes it ("Boston, MA", "Remote - US"). */
  place: string;
  /** Set when the source says so in a field of its own. */
  remote?: boolean | undefined;
  /** A US state or country the source names in a field of its own, when it is outside the US. */
  abroad?: string | undefined;
  /** The source's own employment type field, if any. */
  employmentType?: string | undefined;
  /** Pay from the source's own fields; otherwise the description is read for a range. */
  pay?: Pay | undefined;
  /** Plain-text (Markdown) description, already cleaned. */
  description: string;
  datePosted?: string | undefined;
  applyUrl?: string | undefined;
  sourceUrl?: string | undefined;
  setting?: JobSetting | undefined;
  /** What to call a field in the report ("location.name"), by schema path. */
  fields: Record<string, string>;
}

export function toFetched(p: PostingParts): Fetched {
  const title = oneLine(p.title);
  const description =
    p.description.length > MAX_DESCRIPTION
      ? `${p.description.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`
      : p.description;
  const text = `${title}\n${description}`;
  const licenses = licensesIn(text);
  const id = slugify(`${p.provider}-${p.board}-${p.sourceId}`);
  const f: Fetched = {
    id,
    ref: `job ${p.sourceId}`,
    title,
    description,
    licenses,
    problems: [],
    notes: [],
  };
  if (!p.sourceId) {
    f.problems.push(`${p.fields.id ?? 'id'}: missing. Each posting needs its id at the source.`);
    return f;
  }
  const where = workplaceOf(p.place, { remote: p.remote, residence: description });
  if (p.abroad || where.abroad)
    f.problems.push(
      `${p.fields.location}: "${p.abroad ?? where.abroad}" is outside the United States; the board lists jobs in the 50 states and DC.`,
    );
  else if (!where.location && !where.remote)
    f.problems.push(
      `${p.fields.location}: "${p.place}" names no city with a US state and does not say the job is remote. The board needs one or the other.`,
    );
  const employmentType =
    employmentTypeOf(p.employmentType) ?? employmentTypeOf(title) ?? employmentTypeOf(description);
  if (!employmentType)
    f.problems.push(
      `${p.fields.employmentType}: the posting does not say whether it is full time, part time, per diem, contract or temporary.`,
    );
  const pay = p.pay ?? payInText(description);
  const applyUrl = p.applyUrl || p.sourceUrl;
  if (!applyUrl) f.problems.push(`${p.fields.apply}: missing. The board needs a link to apply.`);
  f.job = {
    id,
    title,
    employer: {
      name: oneLine(p.employer.name),
      ...(p.employer.url ? { url: p.employer.url } : {}),
    },
    ...(where.location ? { location: where.location } : {}),
    ...(where.remote ? { remote: where.remote } : {}),
    setting: settingOf(title, description, p.setting),
    employmentType,
    ...(pay ? { pay } : {}),
    licenseRequired: licenses,
    certificationsPreferred: certificationsIn(text),
    description,
    ...(p.datePosted ? { datePosted: p.datePosted } : {}),
    apply: { url: applyUrl },
    source: {
      name: p.provider,
      id: `${p.board}/${p.sourceId}`,
      ...(p.sourceUrl ? { url: p.sourceUrl } : {}),
      hash: fingerprint(p.record),
    },
  };
  return f;
}
