import type { StateRules } from '#src/schemas/state.ts';
import { stateHref } from '../geo/state-slug';
import { amountCell, type AmountCell } from './amount';
import { valueOf } from './sourced';
import { isoDate } from '#src/lib/text/format.ts';

/** Every exam for the clinical license (the national exam first), or null when the exam is unverified. */
export function clinicalExams(s: StateRules): string[] | null {
  const main = valueOf(s.clinical.exam);
  if (main === null) return null;
  const other = s.clinical.otherExams ? valueOf(s.clinical.otherExams) : null;
  return [main, ...(other ?? [])];
}

/** The compact statuses in plain words, as tables and the at-a-glance box show them. */
export const COMPACT_LABEL = {
  enacted: 'Enacted',
  pending: 'Bill pending',
  'not-introduced': 'Not introduced',
  unverified: 'Not yet verified',
} as const;

/** One row of the comparison table and of the /data/ downloads. Unverified values are null, never guessed. */
export interface StateSummary {
  code: string;
  name: string;
  href: string;
  board: string;
  boardUrl: string | null;
  clinicalLicense: string;
  clinicalTitle: string;
  /** Total supervised practice hours; null when unverified or stated otherwise (see supervisedYears). */
  supervisedHours: number | null;
  /** Set when the rule states the experience in years of full-time work instead of hours. */
  supervisedYears: number | null;
  directContactHours: number | null;
  supervisionHours: number | null;
  minimumMonths: number | null;
  exams: string[] | null;
  ceHours: number | null;
  renewalYears: number | null;
  compact: StateRules['compact']['status'];
  tiers: string[];
  lastVerified: string;
  unverifiedFields: string[];
  /** The hours by kind as table cells (see `amountCell`), each with its source id. */
  cells: {
    supervised: AmountCell;
    directContact: AmountCell;
    supervision: AmountCell;
    minimumMonths: AmountCell;
  };
}

/** The clinical fields a reader compares across states, with plain names for "not yet verified" lists. */
export const CORE_FIELDS = {
  degree: 'degree required',
  supervisedHours: 'supervised hours',
  minimumMonths: 'minimum time span',
  supervisionHours: 'supervision hours',
  exam: 'exam',
  ceHours: 'continuing education hours',
  periodYears: 'renewal period',
  compact: 'compact status',
} as const;

/** The plain names of the core fields no source confirmed for a state. */
export function unverifiedFields(s: StateRules): string[] {
  const c = s.clinical;
  const r = s.renewal;
  const fields: [keyof typeof CORE_FIELDS, boolean][] = [
    ['degree', 'unverified' in c.degree],
    ['supervisedHours', 'unverified' in c.supervisedHours],
    ['minimumMonths', 'unverified' in c.minimumMonths],
    ['supervisionHours', 'unverified' in c.supervisionHours],
    ['exam', 'unverified' in c.exam],
    ['ceHours', 'unverified' in r.ceHours],
    ['periodYears', 'unverified' in r.periodYears],
    ['compact', s.compact.status === 'unverified'],
  ];
  return fields.filter(([, open]) => open).map(([k]) => CORE_FIELDS[k]);
}

/** Flatten one jurisdiction into the row the table and downloads use. */
export function summarizeState(s: StateRules): StateSummary {
  const clinicalTier = s.tiers.find((t) => t.abbr === s.clinical.abbr)!;
  const c = s.clinical;
  return {
    code: s.code,
    name: s.name,
    href: stateHref(s.name),
    board: s.board.name,
    boardUrl: s.board.url ?? null,
    clinicalLicense: c.abbr,
    clinicalTitle: clinicalTier.title,
    supervisedHours: valueOf(c.supervisedHours),
    supervisedYears: 'years' in c.supervisedHours ? c.supervisedHours.years : null,
    directContactHours: c.directContactHours ? valueOf(c.directContactHours) : null,
    supervisionHours: valueOf(c.supervisionHours),
    minimumMonths: valueOf(c.minimumMonths),
    exams: clinicalExams(s),
    ceHours: valueOf(s.renewal.ceHours),
    renewalYears: valueOf(s.renewal.periodYears),
    compact: s.compact.status,
    tiers: s.tiers.map((t) => t.abbr),
    lastVerified: isoDate(s.lastVerified),
    unverifiedFields: unverifiedFields(s),
    cells: {
      supervised: amountCell(c.supervisedHours, 'hours'),
      directContact: amountCell(c.directContactHours, 'hours'),
      supervision: amountCell(c.supervisionHours, 'hours'),
      minimumMonths: amountCell(c.minimumMonths, 'months'),
    },
  };
}

/** The compact count the site states: enacted jurisdictions, dated by the latest check of any status. */
export function compactCount(states: StateRules[]): { enacted: number; total: number; asOf: Date } {
  const asOf = new Date(Math.max(...states.map((s) => s.compact.checked.getTime())));
  return {
    enacted: states.filter((s) => s.compact.status === 'enacted').length,
    total: states.length,
    asOf,
  };
}
