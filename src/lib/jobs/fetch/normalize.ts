/**
 * What the jobs schema holds, read out of a posting's own words when the source has no field for it: licenses,
 * employment type, pay and its period, setting, workplace (city and state, or remote and where applicants must
 * live) and the closing date. Pure functions over text; each provider's client feeds them.
 */
import type { PayPeriod } from '#src/schemas/vocabulary/pay.ts';
import { isStateCode, US_STATES, type StateCode } from '#src/schemas/vocabulary/us-states.ts';
import type { EmploymentType, JobSetting } from '#src/schemas/vocabulary/jobs.ts';
import { toStateCode } from '#src/lib/jobs/import/states.ts';
import { isoDate } from '#src/lib/text/format.ts';

/** Licenses by their letters, and the spelled-out names that mean the same license. */
const LICENSES: readonly (readonly [string, RegExp])[] = [
  ['LCSW-C', /\bLCSW-C\b/],
  ['LCSW', /\bLCSW(?!-C)\b|\blicensed clinical social worker\b/i],
  ['LICSW', /\bLICSW\b|\blicensed independent clinical social worker\b/i],
  ['LMSW', /\bLMSW\b|\blicensed master(?:'s)? social worker\b/i],
  ['LISW', /\bLISW(?:-S)?\b|\blicensed independent social worker\b/i],
  ['LSW', /\bLSW\b/],
  ['LPC', /\bLPC\b|\blicensed professional counselor\b/i],
  ['LPCC', /\bLPCC\b/],
  ['LCPC', /\bLCPC\b/],
  ['LMHC', /\bLMHC\b|\blicensed mental health counselor\b/i],
  ['LMFT', /\bLMFT\b|\blicensed marriage and family therapist\b/i],
  ['RN', /\bRNs?\b|\bregistered nurses?\b/i],
  ['LPN', /\bLPNs?\b|\blicensed practical nurses?\b/i],
  ['LVN', /\bLVNs?\b|\blicensed vocational nurses?\b/i],
  ['APRN', /\bAPRNs?\b/],
];
/** Case-management certifications (preferred, never required by this board's schema). */
const CERTIFICATIONS: readonly (readonly [string, RegExp])[] = [
  ['CCM', /\bCCM\b|\bcertified case manager\b/i],
  ['ACM-RN', /\bACM-RN\b/],
  ['ACM-SW', /\bACM-SW\b/],
  ['C-SWCM', /\bC-SWCM\b/],
  ['C-ASWCM', /\bC-ASWCM\b/],
];

const found = (table: typeof LICENSES, text: string) =>
  table.filter(([, p]) => p.test(text)).map(([name]) => name);

/** License letters named in the title or the text, in a fixed order. "RN" alone in "RNs" counts. */
export const licensesIn = (text: string): string[] => found(LICENSES, text);
/** Case-management certifications named in the text. */
export const certificationsIn = (text: string): string[] => found(CERTIFICATIONS, text);

/** The employment type a phrase names ("Full-time", "FullTime", "PRN", "1099 contract"), else undefined. */
export function employmentTypeOf(text: string | undefined): EmploymentType | undefined {
  const t = (text ?? '').toLowerCase();
  if (!t.trim()) return undefined;
  if (/\bintern(ship)?\b/.test(t)) return 'internship';
  if (/\b(per[\s-]?diem|prn)\b/.test(t)) return 'per-diem';
  if (/\b(contract(or)?|1099|locum)\b/.test(t)) return 'contract';
  if (/\b(temporary|temp|seasonal)\b/.test(t)) return 'temporary';
  if (/\bpart[\s-]?time\b|\bparttime\b/.test(t)) return 'part-time';
  if (/\bfull[\s-]?time\b|\bfulltime\b|\bregular\b|\bpermanent\b/.test(t)) return 'full-time';
  return undefined;
}

export interface Pay {
  min: number;
  max?: number;
  per: PayPeriod;
}

/** "hour", "per-hour-wage", "1 YEAR", "annual salary" as the schema's period, else undefined. */
export function payPeriodOf(text: string | undefined): PayPeriod | undefined {
  const t = (text ?? '').toLowerCase();
  if (/\b(hour|hourly|hr)\b|per-hour/.test(t)) return 'hour';
  if (/\b(year|yearly|yr|annum|annual|annually|salary)\b|per-year/.test(t)) return 'year';
  return undefined;
}

/** A pay range the schema accepts (per hour below $1,000, per year from $1,000), else undefined. */
export function checkedPay(min: number, max: number | undefined, per: PayPeriod) {
  if (!(min > 0) || !Number.isFinite(min)) return undefined;
  if (per === 'hour' ? min >= 1000 : min < 1000) return undefined;
  const pay: Pay = { min, per };
  if (max !== undefined && Number.isFinite(max) && max > min) pay.max = max;
  return pay;
}

const AMOUNT = String.raw`\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s?(k|K)?`;
const PAY_IN_TEXT = new RegExp(
  String.raw`${AMOUNT}(?:\s*(?:-|–|—|to)\s*${AMOUNT})?\s*(?:USD\s*)?(?:(?:per|an|a|\/)\s*)?(hour|hr|year|yr|annum|annually|annual)\b`,
  'i',
);
const amount = (whole: string | undefined, cents: string | undefined, k: string | undefined) =>
  whole === undefined
    ? undefined
    : (Number(whole.replace(/,/g, '')) + (cents ? Number(`0.${cents}`) : 0)) * (k ? 1000 : 1);

/** The first pay range written in the text with its period ("$32.50 - $40.00 per hour", "$75K–$90K/year"). */
export function payInText(text: string): Pay | undefined {
  const m = PAY_IN_TEXT.exec(text);
  if (!m) return undefined;
  const min = amount(m[1], m[2], m[3])!;
  const max = amount(m[4], m[5], m[6]);
  return checkedPay(min, max, payPeriodOf(m[7])!);
}

/** Where the work is: a city in a state, remote (with where applicants must live), or neither. */
export interface Workplace {
  location?: { city: string; state: StateCode };
  remote?: { eligible: 'US' | StateCode[] };
  /** Set when the place is outside the United States: the posting is not for this board. */
  abroad?: string;
}

const STATE_NAMES = Object.entries(US_STATES).map(([code, name]) => [code as StateCode, name]) as [
  StateCode,
  string,
][];
const NAME_PATTERN = new RegExp(`\\b(${STATE_NAMES.map(([, n]) => n).join('|')})\\b`, 'g');
const CODE_PATTERN = /\b([A-Z]{2})\b/g;

/** The states a phrase names, by postal code or name, in order of appearance, without repeats. */
export function statesIn(text: string): StateCode[] {
  const out: [number, StateCode][] = [];
  // Each pattern's one group is required, so m[1] is set on every match.
  for (const m of text.matchAll(NAME_PATTERN)) out.push([m.index, toStateCode(m[1]!)!]);
  for (const m of text.matchAll(CODE_PATTERN))
    if (isStateCode(m[1]!) && !/^(US|IN|OR|ME)$/.test(m[1]!))
      out.push([m.index, m[1] as StateCode]);
  // IN, OR and ME are words too; count them only after a comma ("Fort Wayne, IN").
  for (const m of text.matchAll(/,\s*(IN|OR|ME)\b/g)) out.push([m.index, m[1] as StateCode]);
  return [...new Set(out.sort((a, b) => a[0] - b[0]).map(([, s]) => s))];
}

const REMOTE = /\b(remote|work from home|wfh|telecommut\w*|virtual)\b/i;
const ABROAD =
  /\b(canada|united kingdom|uk|england|ireland|india|mexico|philippines|germany|france|spain|netherlands|australia|brazil|poland|portugal|israel|singapore|japan|colombia|argentina|costa rica)\b/i;

/**
 * "Boston, MA", "Austin, Texas", "Remote - US", "Remote (CA, OR, WA)", "Hybrid - Denver, CO" as a workplace.
 * `residence` is text that may say where remote applicants must live ("must reside in Texas or Oklahoma").
 */
export function workplaceOf(
  place: string,
  opts: { remote?: boolean | undefined; residence?: string } = {},
) {
  const text = place.replace(/\s+/g, ' ').trim();
  const out: Workplace = {};
  const remote = opts.remote ?? (REMOTE.test(text) && !/\bhybrid\b/i.test(text));
  const states = statesIn(text);
  if (ABROAD.test(text) && !states.length) {
    out.abroad = text;
    return out;
  }
  const cityState = /([A-Za-z .'’-]{2,60}),\s*([A-Za-z .]{2,30})/.exec(
    text.replace(/^(remote|hybrid|on[\s-]?site)\s*[-–:(]\s*/i, ''),
  );
  const [, cityPart, statePart] = cityState ?? [];
  const state = statePart ? toStateCode(statePart.trim()) : undefined;
  const city = cityPart?.trim();
  if (city && state && !REMOTE.test(city) && !/^[A-Z]{2}$/.test(city))
    out.location = { city, state };
  if (remote) {
    const residence = opts.residence ? residenceStates(opts.residence) : [];
    const eligible = residence.length
      ? residence
      : states.length && !out.location
        ? states
        : undefined;
    out.remote = { eligible: eligible ?? 'US' };
  }
  return out;
}

/** States a posting says remote applicants must live in ("must reside in one of: TX, OK"), else []. */
export function residenceStates(text: string): StateCode[] {
  const m =
    /\b(?:must|required to|need to|should)\s+(?:currently\s+)?(?:live|reside|be located|be based)\s+(?:in|within)\s+(?:one of\s+)?(?:the\s+)?(?:following\s+)?(?:states?:?\s*)?([^.;\n]{2,300})/i.exec(
      text,
    );
  return m?.[1] ? statesIn(m[1]) : [];
}

/** Settings by the words a title or description uses, most specific first. */
const SETTING_WORDS: readonly (readonly [JobSetting, RegExp])[] = [
  ['home-health', /\b(home health|home care|hospice|palliative)\b/i],
  [
    'child-family',
    /\b(child welfare|foster care|children'?s services|family services|adoption|youth)\b/i,
  ],
  [
    'behavioral-health',
    /\b(behavioral health|mental health|substance use|addiction|psychiatr\w*|SUD)\b/i,
  ],
  [
    'health-plan',
    /\b(health plan|managed care|utilization (review|management)|payer|insurer|medicare advantage|members?)\b/i,
  ],
  ['hospital', /\b(hospital|inpatient|acute care|emergency department|medical center)\b/i],
  ['community', /\b(community health|community-based|housing|homeless\w*|shelter)\b/i],
];

/** The care setting: the title's words first, then the source entry's default, then the description's words. */
export function settingOf(title: string, description: string, fallback?: JobSetting): JobSetting {
  for (const [setting, p] of SETTING_WORDS) if (p.test(title)) return setting;
  if (fallback) return fallback;
  for (const [setting, p] of SETTING_WORDS) if (p.test(description)) return setting;
  return 'other';
}

/** YYYY-MM-DD of a date, in UTC. */
/** The day `days` after the YYYY-MM-DD day `day`. */
export const addDays = (day: string, days: number) =>
  isoDate(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

/**
 * The closing date of a posting from a source that publishes none: the day it was last seen plus `rollingDays`.
 * Each fetch that still finds the posting moves the date on; one that no longer finds it closes the posting.
 */
export const rollingClose = (lastSeen: string, rollingDays: number) =>
  addDays(lastSeen, rollingDays);
