import { EMPLOYMENT_TYPES, JOB_SETTINGS } from '#src/schemas/vocabulary/jobs.ts';

/** The minimum-pay choices the job filter offers, per year. */
export const MIN_PAY_STEPS = [40000, 50000, 60000, 70000, 80000, 90000, 100000] as const;

/** Option lists for the filter selects: value and label, in display order. */
export const SETTING_OPTIONS = Object.entries(JOB_SETTINGS).map(([value, label]) => ({
  value,
  label,
}));
export const TYPE_OPTIONS = Object.entries(EMPLOYMENT_TYPES).map(([value, t]) => ({
  value,
  label: t.label,
}));
export const REMOTE_OPTIONS = [
  { value: 'remote', label: 'Remote only' },
  { value: 'onsite', label: 'On-site only' },
];

/** "Texas (3)": an option's label with how many postings it would show. */
export const withCount = (label: string, n: number): string => `${label} (${n})`;

/** The license choices: "No license required", then every license the postings name, A–Z. */
export function licenseOptions(licenses: Iterable<string>): { value: string; label: string }[] {
  return [
    { value: 'none', label: 'No license required' },
    ...[...new Set(licenses)].sort().map((l) => ({ value: l, label: l })),
  ];
}
/** The minimum-pay filter's label: it compares the bottom of each posting's range, and says so. */
export const MIN_PAY_LABEL = 'Lowest pay offered (per year)';
