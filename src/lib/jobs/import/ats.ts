/** Reads an applicant tracking system's CSV export with the columns documented in ats-columns.ts. */
import Papa from 'papaparse';
import { EMPLOYMENT_TYPES, JOB_SETTINGS } from '#src/schemas/job.ts';
import { ATS_COLUMNS } from './ats-columns.ts';
import { isCalendarDay } from '#src/schemas/calendar-day.ts';
import { fingerprint } from './fingerprint.ts';
import { toStateCode } from './states.ts';
import { fitTo } from './limits.ts';
import { slugify } from '../../text/slug.ts';
import { htmlToText, oneLine } from './text.ts';
import { InputError, type Candidate, type SourceReadResult } from './types.ts';

const FIELD_NAMES: Record<string, string> = {
  id: 'id',
  title: 'title',
  'employer.name': 'employer_name',
  'employer.url': 'employer_url',
  location: 'city',
  'location.city': 'city',
  'location.state': 'state',
  remote: 'remote_states',
  setting: 'setting',
  employmentType: 'employment_type',
  pay: 'pay_min',
  'pay.min': 'pay_min',
  'pay.max': 'pay_max',
  'pay.per': 'pay_per',
  licenseRequired: 'license_required',
  certificationsPreferred: 'certifications_preferred',
  description: 'description',
  datePosted: 'date_posted',
  validThrough: 'valid_through',
  apply: 'apply_url',
  'apply.url': 'apply_url',
  'apply.email': 'apply_email',
  'source.id': 'source_id',
  'source.url': 'source_url',
};
/** The CSV column for a schema path ("licenseRequired.0" -> license_required). */
export const atsFieldName = (path: string) => {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const hit = FIELD_NAMES[parts.slice(0, n).join('.')];
    if (hit) return hit;
  }
  return path;
};

const KNOWN = new Set(ATS_COLUMNS.map((c) => c.name));
const REQUIRED = ATS_COLUMNS.filter((c) => c.required).map((c) => c.name);

/** Edit distance, to suggest the column someone meant. */
function distance(a: string, b: string): number {
  // row holds b.length + 1 numbers and every index below is 0..b.length, hence the `!`s.
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
/** The documented column someone most likely meant: a close spelling, or one the name contains ("job_title"). */
const closest = (name: string) =>
  [...KNOWN]
    .map((k) => [k, name.includes(k) || k.includes(name) ? 1 : distance(name, k)] as const)
    .sort((x, y) => x[1] - y[1] || y[0].length - x[0].length)[0];

/** Check the header row; throws InputError naming each unknown, repeated or missing column and the fix. */
export function checkHeader(header: string[], fileName: string): string[] {
  const names = header.map((h) =>
    h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const problems: string[] = [];
  const seen = new Set<string>();
  names.forEach((n, i) => {
    if (!n)
      problems.push(
        `column ${i + 1} has no name. Remove the empty column or name it (see --help for the columns).`,
      );
    else if (!KNOWN.has(n)) {
      const [guess, d] = closest(n) ?? ['', Infinity];
      problems.push(
        `unknown column "${oneLine(header[i] ?? '')}". ${d <= 3 ? `Did you mean "${guess}"? Rename it` : 'Remove it or rename it to one of the documented columns'} (npm run jobs:import -- --help lists them).`,
      );
    } else if (seen.has(n)) problems.push(`column "${oneLine(n)}" appears twice. Keep one.`);
    seen.add(n);
  });
  for (const r of REQUIRED)
    if (!seen.has(r))
      problems.push(
        `required column "${r}" is missing. Add a "${r}" column (${ATS_COLUMNS.find((c) => c.name === r)!.what}).`,
      );
  if (problems.length)
    throw new InputError(
      `${fileName}: the header row is not usable, nothing was imported:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  return names;
}

/** Parse the CSV text. Throws InputError when the file has no usable header. */
export function readAtsCsv(text: string, fileName = 'the file'): SourceReadResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const [headerRow] = rows;
  if (!headerRow || headerRow.every((h) => !h.trim()))
    throw new InputError(
      `${fileName} is empty or has no header row. The first row must name the columns (npm run jobs:import -- --help lists them).`,
    );
  const header = checkHeader(headerRow, fileName);
  const errorsByRow = new Map<number, string[]>();
  for (const e of parsed.errors) {
    if (e.row === undefined) continue;
    const list = errorsByRow.get(e.row) ?? [];
    list.push(
      e.code === 'MissingQuotes' || e.code === 'InvalidQuotes'
        ? 'a quoted value is not closed or has a stray quote; put " around values with commas or line breaks and double any " inside them'
        : e.message,
    );
    errorsByRow.set(e.row, list);
  }
  const candidates = rows.slice(1).map((cells, i) => {
    const ref = `row ${i + 2}`;
    const parseErrors = errorsByRow.get(i + 1) ?? [];
    if (parseErrors.length || cells.length !== header.length) {
      const reasons = parseErrors.length
        ? parseErrors
        : [
            `the row has ${cells.length} values and the header has ${header.length} columns; a value with a comma needs "quotes" around it`,
          ];
      return { ref, hash: fingerprint(cells), problems: reasons, notes: [] } satisfies Candidate;
    }
    // cells.length === header.length here, so every column has its value.
    const record = Object.fromEntries(header.map((h, k) => [h, cells[k] ?? '']));
    return mapRow(record, ref);
  });
  return { source: 'ats', candidates, fieldName: atsFieldName };
}

const split = (s: string) =>
  s
    .split(/[;,]/)
    .map((x) => oneLine(x))
    .filter(Boolean);
/** Dollars as written in a spreadsheet ("68,000", "$34.50"); anything else ("1e5", "68k") is NaN. */
const number = (s: string) => {
  const t = s.replace(/[$,\s]/g, '');
  if (s.trim() === '') return undefined;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
};

const SETTING_ALIASES = new Map<string, string>(
  Object.entries(JOB_SETTINGS).flatMap(([k, label]) => [
    [k, k],
    [label.toLowerCase(), k],
  ]),
);
const TYPE_ALIASES = new Map<string, string>(
  Object.entries(EMPLOYMENT_TYPES).flatMap(([k, t]) => [
    [k, k],
    [t.label.toLowerCase().replace(/\s+/g, '-'), k],
    [t.schemaOrg.toLowerCase().replace(/_/g, '-'), k],
  ]),
);
const PER = new Map([
  ['hour', 'hour'],
  ['hourly', 'hour'],
  ['per hour', 'hour'],
  ['year', 'year'],
  ['yearly', 'year'],
  ['annual', 'year'],
  ['annually', 'year'],
  ['per year', 'year'],
]);

/** One data row (column -> raw text) to a candidate job. */
export function mapRow(r: Record<string, string>, ref: string): Candidate {
  const v = (k: string) => (r[k] ?? '').trim();
  const c: Candidate = { ref, hash: fingerprint(r), problems: [], notes: [] };
  const problem = (col: string, text: string) => c.problems.push(`${col}: ${text}`);

  const sourceId = oneLine(v('source_id'));
  if (!sourceId)
    problem(
      'source_id',
      'empty. Give the posting’s id in your system; the file is named ats-<source_id>.',
    );
  if (v('id')) {
    if (slugify(v('id')) !== v('id'))
      problem(
        'id',
        `"${oneLine(v('id'))}" is not a lower-case id. Use letters, digits and hyphens only, e.g. ${slugify(v('id')) || 'acme-boston-lcsw'}, or leave id empty.`,
      );
    else c.id = v('id');
  } else if (sourceId) c.id = slugify(`ats-${sourceId}`);
  c.ref = `${ref}${c.id ? ` (${c.id})` : sourceId ? ` (source_id ${sourceId})` : ''}`;

  const cleanTitle = oneLine(v('title'));
  if (cleanTitle !== v('title').replace(/\s+/g, ' '))
    c.notes.push('title: markup or control characters removed');
  const title = fitTo('title', cleanTitle, c.notes);

  const stateRaw = v('state');
  const state = toStateCode(stateRaw);
  if (stateRaw && !state)
    problem(
      'state',
      `"${oneLine(stateRaw)}" is not a US state or DC. Write the two-letter postal code (TX) or the state’s name (Texas).`,
    );
  const city = oneLine(v('city'));
  if (city && !stateRaw) problem('state', 'empty, but city is given. Add the state (TX or Texas).');
  if (stateRaw && !city) problem('city', 'empty, but state is given. Add the city.');

  const remoteRaw = v('remote').toLowerCase();
  if (!['', 'yes', 'no'].includes(remoteRaw))
    problem('remote', `"${oneLine(v('remote'))}" is not yes or no.`);
  let eligible: string | string[] | undefined;
  if (remoteRaw === 'yes') {
    const states = v('remote_states');
    if (!states)
      problem(
        'remote_states',
        'empty, but remote is yes. Write US for anywhere in the United States, or the state codes separated by ; (MA;NH).',
      );
    else if (states.toUpperCase() === 'US') eligible = 'US';
    else {
      const codes = split(states).map((s) => [s, toStateCode(s)] as const);
      const bad = codes.filter(([, code]) => !code).map(([s]) => `"${s}"`);
      if (bad.length)
        problem(
          'remote_states',
          `${bad.join(', ')} ${bad.length > 1 ? 'are not US states' : 'is not a US state'}. Use two-letter codes separated by ; (MA;NH), or US for anywhere.`,
        );
      else eligible = [...new Set(codes.map(([, code]) => code!))];
    }
  } else if (v('remote_states'))
    problem(
      'remote_states',
      'given, but remote is not yes. Set remote to yes, or empty remote_states.',
    );
  if (!city && !stateRaw && remoteRaw !== 'yes')
    problem(
      'city',
      'empty and remote is not yes. Give city and state, or set remote to yes with remote_states.',
    );

  const setting = SETTING_ALIASES.get(v('setting').toLowerCase());
  if (!setting)
    problem(
      'setting',
      `"${oneLine(v('setting'))}" is not a setting. Use one of: ${Object.keys(JOB_SETTINGS).join(', ')}.`,
    );
  const employmentType = TYPE_ALIASES.get(
    v('employment_type')
      .toLowerCase()
      .replace(/[\s_]+/g, '-'),
  );
  if (!employmentType)
    problem(
      'employment_type',
      `"${oneLine(v('employment_type'))}" is not an employment type. Use one of: ${Object.keys(EMPLOYMENT_TYPES).join(', ')}.`,
    );

  let pay: Record<string, unknown> | undefined;
  if (v('pay_min') || v('pay_max') || v('pay_per')) {
    const min = number(v('pay_min'));
    const max = number(v('pay_max'));
    const per = PER.get(v('pay_per').toLowerCase());
    if (min === undefined || !Number.isFinite(min) || min <= 0)
      problem(
        'pay_min',
        `"${oneLine(v('pay_min'))}" is not a pay figure. Write a number of dollars, e.g. 68000 or 34.50.`,
      );
    if (max !== undefined && (!Number.isFinite(max) || max <= 0))
      problem(
        'pay_max',
        `"${oneLine(v('pay_max'))}" is not a pay figure. Write a number of dollars, or leave it empty.`,
      );
    if (min !== undefined && max !== undefined && min > 0 && max > 0 && max < min)
      problem(
        'pay_max',
        `${oneLine(v('pay_max'))} is below pay_min ${oneLine(v('pay_min'))}. Swap them if they are the wrong way round, or correct the figures.`,
      );
    if (!per)
      problem('pay_per', `"${oneLine(v('pay_per'))}" is not hour or year. Write hour or year.`);
    pay = { min, ...(max !== undefined ? { max } : {}), per };
  }

  const rawDescription = v('description');
  const description = fitTo('description', htmlToText(rawDescription), c.notes);
  if (/<[a-z!/]/i.test(rawDescription)) c.notes.push('description: HTML turned into plain text');

  for (const [col, label] of [
    ['date_posted', 'date posted'],
    ['valid_through', 'closing day'],
  ] as const) {
    if (!isCalendarDay(v(col)))
      problem(
        col,
        `"${oneLine(v(col))}" is not a ${label} in the form YYYY-MM-DD (e.g. 2026-11-20).`,
      );
  }

  c.job = {
    id: c.id,
    title,
    employer: {
      name: oneLine(v('employer_name')),
      ...(v('employer_url') ? { url: v('employer_url') } : {}),
    },
    ...(city || state ? { location: { city, state: state ?? stateRaw } } : {}),
    ...(eligible ? { remote: { eligible } } : {}),
    setting: setting ?? v('setting'),
    employmentType: employmentType ?? v('employment_type'),
    ...(pay ? { pay } : {}),
    licenseRequired: split(v('license_required')),
    certificationsPreferred: split(v('certifications_preferred')),
    description,
    datePosted: v('date_posted'),
    validThrough: v('valid_through'),
    apply: {
      ...(v('apply_url') ? { url: v('apply_url') } : {}),
      ...(v('apply_email') ? { email: v('apply_email') } : {}),
    },
    source: {
      name: 'ats',
      id: sourceId,
      ...(v('source_url') ? { url: v('source_url') } : {}),
      hash: c.hash,
    },
  };
  return c;
}
