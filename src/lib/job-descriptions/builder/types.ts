import { EMPLOYMENT_TYPES, type SchemaOrgEmploymentType } from '#src/schemas/vocabulary/jobs.ts';
import type { WageRow } from '#src/schemas/wage-table.ts';
import type { PayPeriod } from '#src/schemas/vocabulary/pay.ts';
import type { Qualification } from '#src/schemas/qualification.ts';
import type { StateRules } from '#src/schemas/state.ts';
/** The data the builder is given by the page, all from content/ collections. */
export interface BuilderData {
  variants: VariantData[];
  states: StateData[];
  certifications: { abbr: string; name: string }[];
  pay: PayData;
}

/** A template variant with its duties, skills and qualifications resolved to text. */
export interface VariantData {
  id: string;
  setting: string;
  jobTitle: string;
  summary: string;
  workingConditions: string;
  duties: { id: string; text: string }[];
  skills: { id: string; text: string }[];
  qualifications: {
    id: string;
    text: string;
    kind: string;
    usually: Qualification['usually'];
  }[];
}

/** One jurisdiction's license levels, lowest first, and the clinical license a clinical case manager aims for. */
export interface StateData {
  code: string;
  name: string;
  tiers: Pick<StateRules['tiers'][number], 'abbr' | 'title' | 'level'>[];
  clinicalAbbr: string;
}

/** A wage table's source, shown beside its numbers. */
export interface PaySource {
  publisher: string;
  label: string;
  href: string;
  period: string;
}

/** One occupation's annual pay figures in one area; a statistic OEWS did not publish is left out. */
export type PayRow = Omit<WageRow, 'area' | 'employment'>;

/** OEWS pay for the job's occupations: national (with percentiles) and by state (whatever the state table carries). */
export interface PayData {
  national: { source: PaySource; rows: PayRow[] };
  state: { source: PaySource; rows: Record<string, PayRow[]> };
}

/** A line in the duties, skills or qualifications list: from the template (its content id) or added by the user. */
export interface ListItem {
  /** The content id ("assess-needs") or "custom-<n>" for lines the user added. */
  id: string;
  text: string;
  /** Whether the line goes into the description. */
  checked: boolean;
  /** For qualifications: license, certification, education or experience. */
  kind?: string;
}

/**
 * The employment types the builder offers, as the schema.org values its JSON-LD carries: the board's vocabulary
 * (src/schemas/vocabulary/jobs.ts) without internships, in the same order.
 */
export const BUILDER_EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'PER_DIEM',
] as const satisfies readonly SchemaOrgEmploymentType[];
export type BuilderEmploymentType = (typeof BUILDER_EMPLOYMENT_TYPES)[number];
/** Labels for the employment types, from the job board's vocabulary so both say the same thing. */
export const EMPLOYMENT_LABEL = Object.fromEntries(
  Object.values(EMPLOYMENT_TYPES).map((t) => [t.schemaOrg, t.label]),
) as Record<BuilderEmploymentType, string>;
export type ListName = 'duties' | 'skills' | 'qualifications';

/** Everything the employer has entered. Strings are kept as typed; generators fold and escape them. */
export interface BuilderState {
  variant: string;
  organization: string;
  /** The organization's website, for JSON-LD sameAs. */
  organizationUrl: string;
  jobTitle: string;
  city: string;
  /** Postal code, or "" before a state is chosen. */
  state: string;
  remote: boolean;
  employmentType: BuilderEmploymentType;
  payMin: string;
  payMax: string;
  payPeriod: PayPeriod;
  /** A tier abbreviation of the chosen state, "RN" for a registered nurse license, or "" for none named. */
  license: string;
  /** Certification abbreviations the employer prefers. */
  certifications: string[];
  summary: string;
  duties: ListItem[];
  qualifications: ListItem[];
  skills: ListItem[];
  workingConditions: string;
  howToApply: string;
  /** YYYY-MM-DD or "". */
  closingDate: string;
}
