/**
 * Is a posting a case-management role? The board lists clinical case managers: the people who assess, plan,
 * coordinate and follow up care for patients, members or clients (hospital case managers, utilization review and
 * discharge planning nurses, care coordinators, social workers who carry a caseload). Applicant tracking systems
 * also use "case manager" for lawyers' assistants, insurance claims handlers and the software that tracks cases,
 * so the rule reads the title first, with exclusions winning over inclusions.
 *
 * 1. A title naming work outside care (legal, claims, software, sales, finance, ...) is out.
 * 2. A title naming case management itself (case or care manager/management, care coordination, utilization
 *    review, discharge planning, transitions of care, care navigation, service coordination, caseworker) is in,
 *    unless the description places it in a law firm or claims office and names no clinical license.
 * 3. A clinical title that does not say it (social worker, nurse, counselor, clinician...) is in only when the
 *    description says the work is case management, care coordination, utilization review or discharge planning.
 * 4. Anything else is out.
 *
 * tests/unit/jobs-fetch-relevance.test.ts measures the rule's precision on a table of real-world titles.
 */

export interface RelevanceInput {
  title: string;
  description?: string;
  /** License letters found in the posting (LCSW, RN, ...). */
  licenses?: readonly string[];
}

export interface Verdict {
  relevant: boolean;
  /** Why, in a few words, for the report. */
  reason: string;
}

/** Work outside care, by title. Each entry: the pattern and what it means. */
export const EXCLUDE_TITLE: readonly (readonly [RegExp, string])[] = [
  [
    /\b(legal|law|litigation|attorneys?|paralegal|immigration|bankruptcy|probate|lawsuit)\b/i,
    'legal work',
  ],
  [
    /\b(claims?|adjust(er|or)|subrogation|underwrit\w*|insurance agent)\b/i,
    'insurance claims work',
  ],
  [
    /\b(software|engineer(ing)?|developer|devops|programmer|architect|data (scientist|engineer|analyst)|salesforce|product (manager|owner|designer)|ux|ui designer|it support|help ?desk|implementation consultant|solutions? consultant)\b/i,
    'technology work',
  ],
  [
    /\b(sales|account (executive|manager)|business development|marketing|recruit(er|ing)|talent acquisition|sourcer)\b/i,
    'sales, marketing or recruiting',
  ],
  [
    /\b(billing|collections?|revenue cycle|coder|coding|payroll|accounts? (payable|receivable)|mortgage|loan|financial|finance|tax)\b/i,
    'billing or finance',
  ],
  [/\b(customer (service|support|success)|call center)\b/i, 'customer service'],
  [/\b(veterinar\w*|animal|pet)\b/i, 'animal care'],
  [
    /\b(assistant|aide|clerk|secretary|receptionist|scheduler|representative|driver|housekeep\w*)\b/i,
    'a support role, not case management itself',
  ],
];

/** Titles that name case management itself. */
export const INCLUDE_TITLE: readonly RegExp[] = [
  /\b(case|care)[\s-]+manag(er|ers|ement)\b/i,
  /\bcare[\s-]+coordinat(or|ors|ion)\b/i,
  /\bcoordinat(or|ion) of care\b/i,
  /\butilization[\s-]+(review|management)\b/i,
  /\b(UR|UM)\s+([Nn]urse|RN|[Cc]linician|[Ss]pecialist|[Cc]oordinator)\b/,
  /\bdischarge[\s-]+plann(er|ing)\b/i,
  /\btransitions?[\s-]+(of[\s-]+)?care\b/i,
  /\b(care|patient|clinical|health|behavioral health)[\s-]+navigat(or|ion)\b/i,
  /\bservice[\s-]+coordinat(or|ion)\b/i,
  /\bcase[\s-]?workers?\b/i,
];

/** Clinical titles that may or may not carry a caseload. */
export const CLINICAL_TITLE: readonly RegExp[] = [
  /\bsocial work(er|ers)?\b/i,
  /\b(nurse|nursing|RN|LPN|LVN)\b/,
  /\bnurse\b/i,
  /\b(counselor|therapist|clinician|psychologist)\b/i,
  /\bbehavioral health (specialist|consultant|professional)\b/i,
  /\b(LCSW|LICSW|LMSW|LISW|LPC|LMHC|LMFT)\b/,
];

/** What the description must say for a clinical title to count. */
export const CASE_WORK_IN_TEXT =
  /\b(case management|case manager|care management|care manager|care coordination|coordinat(e|es|ing) (the )?care|utilization (review|management)|discharge planning|transitions? of care|care plans?|caseload)\b/i;

/** A description that places a "case manager" in a law firm or a claims office. */
export const NON_CLINICAL_TEXT =
  /\b(law firm|personal injury|litigation|attorneys?|paralegal|claims (handling|adjust\w*|processing)|subrogation)\b/i;

const CLINICAL_LICENSES = new Set([
  'RN',
  'LPN',
  'LVN',
  'APRN',
  'LCSW',
  'LICSW',
  'LMSW',
  'LISW',
  'LSW',
  'LPC',
  'LPCC',
  'LCPC',
  'LMHC',
  'LMFT',
]);

export function isCaseManagementRole(input: RelevanceInput): Verdict {
  const title = input.title.replace(/\s+/g, ' ').trim();
  const description = input.description ?? '';
  for (const [pattern, what] of EXCLUDE_TITLE)
    if (pattern.test(title))
      return { relevant: false, reason: `the title names ${what} ("${title}")` };
  const clinicalLicense = (input.licenses ?? []).some((l) => CLINICAL_LICENSES.has(l));
  if (INCLUDE_TITLE.some((p) => p.test(title))) {
    if (!clinicalLicense && NON_CLINICAL_TEXT.test(description))
      return {
        relevant: false,
        reason:
          'the description places the role in legal or claims work and names no clinical license',
      };
    return { relevant: true, reason: 'the title names case management' };
  }
  if (CLINICAL_TITLE.some((p) => p.test(title))) {
    if (CASE_WORK_IN_TEXT.test(description))
      return { relevant: true, reason: 'a clinical title whose description is case management' };
    return {
      relevant: false,
      reason:
        'a clinical title whose description does not mention case management or care coordination',
    };
  }
  return { relevant: false, reason: 'the title does not name case management or a clinical role' };
}
