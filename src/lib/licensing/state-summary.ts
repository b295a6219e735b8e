import type { StateRules } from '#src/schemas/state.ts';
import { stateHref } from '../geo/state-slug';

type Sourced<T> =
  | { value: T; source: { id: string }; note?: string }
  | { unverified: true; note: string; source?: { id: string } };

/** The value of a sourced field, or null when it is unverified. */
export const valueOf = <T>(f: Sourced<T>): T | null => ('value' in f ? f.value : null);

/** One row of the comparison table and of the /data/ downloads. Unverified values are null, never guessed. */
export interface StateSummary {
  code: string;
  name: string;
  href: string;
  board: string;
  boardUrl: string | null;
  clinicalLicense: string;
  clinicalTitle: string;
  supervisedHours: number | null;
  minimumMonths: number | null;
  supervisionHours: number | null;
  exams: string[] | null;
  ceHours: number | null;
  renewalYears: number | null;
  compact: 'enacted' | 'not-enacted' | 'unverified';
  tiers: string[];
  lastVerified: string;
  unverifiedFields: string[];
}

/** The clinical fields a reader compares across states, with plain names for "not yet verified" lists. */
export const CORE_FIELDS = {
  degree: 'degree required',
  supervisedHours: 'supervised hours',
  minimumMonths: 'minimum time span',
  supervisionHours: 'supervision hours',
  exams: 'exams',
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
    ['exams', 'unverified' in c.exams],
    ['ceHours', 'unverified' in r.ceHours],
    ['periodYears', 'unverified' in r.periodYears],
    ['compact', s.compact.status === 'unverified'],
  ];
  return fields.filter(([, open]) => open).map(([k]) => CORE_FIELDS[k]);
}

/** Flatten one jurisdiction into the row the table and downloads use. */
export function summarise(s: StateRules): StateSummary {
  const clinicalTier = s.tiers.find((t) => t.abbr === s.clinical.abbr)!;
  return {
    code: s.code,
    name: s.name,
    href: stateHref(s.name),
    board: s.board.name,
    boardUrl: s.board.url ?? null,
    clinicalLicense: s.clinical.abbr,
    clinicalTitle: clinicalTier.title,
    supervisedHours: valueOf(s.clinical.supervisedHours),
    minimumMonths: valueOf(s.clinical.minimumMonths),
    supervisionHours: valueOf(s.clinical.supervisionHours),
    exams: valueOf(s.clinical.exams),
    ceHours: valueOf(s.renewal.ceHours),
    renewalYears: valueOf(s.renewal.periodYears),
    compact: s.compact.status,
    tiers: s.tiers.map((t) => t.abbr),
    lastVerified: s.lastVerified.toISOString().slice(0, 10),
    unverifiedFields: unverifiedFields(s),
  };
}
