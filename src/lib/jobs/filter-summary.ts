import type { JobFilters } from './filter.ts';
import { REMOTE_OPTIONS } from './filter-options.ts';
import { settingLabel, stateName, typeLabel } from './present.ts';
import { formatDollars } from '../text/format.ts';

/**
 * The active filters in words, for the collapsed filter box: ["“nurse”", "Texas", "Hospital", "$60,000 or more"].
 * Empty when nothing narrows the list.
 */
export function activeFilterLabels(f: JobFilters): string[] {
  const q = f.q?.trim();
  return [
    q ? `“${q}”` : '',
    f.state ? stateName(f.state) : '',
    f.setting ? settingLabel(f.setting) : '',
    f.type ? typeLabel(f.type) : '',
    f.minPay ? `${formatDollars(f.minPay)} or more` : '',
    f.remote ? (REMOTE_OPTIONS.find((o) => o.value === f.remote)?.label ?? '') : '',
    f.license ? (f.license === 'none' ? 'No license required' : `License: ${f.license}`) : '',
  ].filter(Boolean);
}

/** The filter box's summary line: "Filter (2 on: Texas, Hospital)" or "Filter (none on)". */
export function filterSummary(f: JobFilters): string {
  const on = activeFilterLabels(f);
  return on.length ? `Filter (${on.length} on: ${on.join(', ')})` : 'Filter (none on)';
}
