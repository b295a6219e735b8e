import type { StateRules } from '#src/schemas/state.ts';
import type { WageRow } from '#src/schemas/wage-table.ts';
import { formatCount, formatDollars, formatFee } from '../text/format';
import { openPostings } from '../jobs/counts';
import { amountCell } from './amount';
import type { Amount, Sourced } from './sourced';
import { COMPACT_LABEL, clinicalExams } from './state-summary';

/** The most states shown side by side. */
export const MAX_COMPARED = 3;

/**
 * The states chosen in a comparison URL: "?s=tx,ny", or "?s=tx&s=ny" as a plain form sends it. Lower-case
 * postal codes, known ones only, each once, at most three; anything else is ignored.
 */
export function parseSelection(query: string, codes: string[]): string[] {
  const known = new Set(codes.map((c) => c.toLowerCase()));
  const picked = new URLSearchParams(query)
    .getAll('s')
    .flatMap((v) => v.split(','))
    .map((c) => c.trim().toLowerCase())
    .filter((c) => known.has(c));
  return [...new Set(picked)].slice(0, MAX_COMPARED);
}

/** The URL query for a selection: ["tx", "ny"] -> "?s=tx,ny", none -> "". */
export const selectionQuery = (codes: string[]): string =>
  codes.length ? `?s=${codes.map((c) => c.toLowerCase()).join(',')}` : '';

/** One cell: text, its source id (null when not yet verified or not sourced here), and a link. */
export interface CompareCell {
  text: string;
  source: string | null;
  unverified?: boolean;
  href?: string;
}

/** One row of the side-by-side table: a label, and a cell per state code. */
export interface CompareRow {
  key: string;
  label: string;
  cells: Record<string, CompareCell>;
}

const NV = 'Not yet verified';
const cell = (
  f: Sourced<unknown> | undefined,
  show: (v: never) => string,
  missing = '—',
): CompareCell =>
  !f
    ? { text: missing, source: null }
    : 'unverified' in f
      ? { text: NV, source: null, unverified: true }
      : { text: show(f.value as never), source: f.source.id };
const amount = (f: Amount | undefined, unit: 'hours' | 'months'): CompareCell => {
  const c = amountCell(f, unit);
  return c.text === NV
    ? { text: c.text, source: c.source, unverified: true }
    : { text: c.text, source: c.source };
};

/** Pay for a state from a wage table: the median where the table has one, else the mean, per occupation. */
export interface StatePay {
  period: string;
  source: string;
  rows: WageRow[];
}

function payCell(pay: StatePay | undefined): CompareCell {
  if (!pay || !pay.rows.length)
    return { text: 'No official state figure in our data', source: null };
  const medians = pay.rows.every((r) => r.median !== undefined);
  const parts = pay.rows.map((r) => {
    const v = medians ? r.median : r.mean;
    return `${r.title.toLowerCase()} ${v === undefined ? 'not published' : formatDollars(v)}`;
  });
  const what = medians ? 'Median' : 'Mean (our state table has no median)';
  return { text: `${what}, ${pay.period}: ${parts.join('; ')}`, source: pay.source };
}

/**
 * The comparison rows for the given states, every figure from the data with its source, "Not yet verified"
 * where no source confirmed it, never a guess. `extra` adds pay (per code) and open jobs (per code).
 */
export function compareRows(
  states: StateRules[],
  extra: {
    pay: Map<string, StatePay>;
    jobs: Map<string, number>;
    jobsHref: (code: string) => string;
    pathHref: (name: string) => string;
  },
): CompareRow[] {
  const row = (key: string, label: string, f: (s: StateRules) => CompareCell): CompareRow => ({
    key,
    label,
    cells: Object.fromEntries(states.map((s) => [s.code, f(s)])),
  });
  return [
    row('clinical', 'Clinical license', (s) => ({
      text: `${s.clinical.abbr} (${s.tiers.find((t) => t.abbr === s.clinical.abbr)!.title})`,
      source: s.tiers.find((t) => t.abbr === s.clinical.abbr)!.source.id,
    })),
    row('levels', 'License levels', (s) => ({
      text: s.tiers.map((t) => t.abbr).join(', '),
      source: s.tiers[0]?.source.id ?? null,
    })),
    row('supervised', 'Total supervised hours', (s) =>
      amount(s.clinical.supervisedHours as Amount, 'hours'),
    ),
    row('direct', 'Direct client contact hours', (s) =>
      amount(s.clinical.directContactHours as Amount | undefined, 'hours'),
    ),
    row('supervision', 'Supervision hours', (s) =>
      amount(s.clinical.supervisionHours as Amount, 'hours'),
    ),
    row('months', 'Minimum months', (s) => amount(s.clinical.minimumMonths as Amount, 'months')),
    row('exams', 'Exams', (s) => {
      const exams = clinicalExams(s);
      return exams
        ? {
            text: exams.join(', '),
            source: (s.clinical.exam as { source: { id: string } }).source.id,
          }
        : { text: NV, source: null, unverified: true };
    }),
    row('application', 'Application fee', (s) =>
      cell(s.fees.application, (v: number) => formatFee(v)),
    ),
    row('renewalFee', 'Renewal fee', (s) =>
      cell(
        s.fees.renewal,
        (v: { usd: number; everyYears: number }) =>
          `${formatFee(v.usd)} every ${v.everyYears === 1 ? 'year' : `${v.everyYears} years`}`,
      ),
    ),
    row('ce', 'Continuing education', (s) => {
      const ce = cell(s.renewal.ceHours, (v: number) => `${formatCount(v)} hours`);
      const every = cell(s.renewal.periodYears, (v: number) => `every ${v} years`);
      return ce.unverified
        ? ce
        : {
            text: `${ce.text} ${every.unverified ? '(period not yet verified)' : every.text}`,
            source: ce.source,
          };
    }),
    row('compact', 'Licensure compact', (s) => ({
      text: COMPACT_LABEL[s.compact.status],
      source: s.compact.source?.id ?? null,
      ...(s.compact.status === 'unverified' ? { unverified: true } : {}),
    })),
    row('moving', 'Moving with a license from another state', (s) =>
      cell(s.moving.endorsement, (v: string) => v),
    ),
    row('pay', 'Pay (official state figures)', (s) => payCell(extra.pay.get(s.code))),
    row('jobs', 'Open jobs on our board', (s) => {
      const n = extra.jobs.get(s.code) ?? 0;
      return {
        text: openPostings(n).replace(/^./, (c) => c.toUpperCase()),
        source: null,
        href: extra.jobsHref(s.code),
      };
    }),
    row('path', 'How long it takes', (s) => ({
      text: `Plan your path in ${s.name}`,
      source: null,
      href: extra.pathHref(s.name),
    })),
  ];
}
