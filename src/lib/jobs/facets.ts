import { matches, type JobFilters } from './filter.ts';
import { inState, type JobSummary } from './summary.ts';

/** How many postings each option of a filter would show, given the other filters as they are. */
export interface FacetCounts {
  state: Record<string, number>;
  setting: Record<string, number>;
  type: Record<string, number>;
  remote: Record<'remote' | 'onsite', number>;
  license: Record<string, number>;
}

const bump = (rec: Record<string, number>, key: string) => {
  rec[key] = (rec[key] ?? 0) + 1;
};

/**
 * Counts per option, computed the way faceted search does: each filter's counts apply all the
 * *other* filters, so a count says what choosing that option would show. One pass per facet.
 */
export function facetCounts(
  jobs: JobSummary[],
  f: JobFilters,
  stateCodes: readonly string[],
  stateNames: Record<string, string> = {},
): FacetCounts {
  const out: FacetCounts = {
    state: {},
    setting: {},
    type: {},
    remote: { remote: 0, onsite: 0 },
    license: {},
  };
  for (const j of jobs) {
    if (matches(j, f, stateNames, 'state'))
      for (const code of stateCodes) if (inState(j, code)) bump(out.state, code);
    if (matches(j, f, stateNames, 'setting')) bump(out.setting, j.g);
    if (matches(j, f, stateNames, 'type')) bump(out.type, j.y);
    if (matches(j, f, stateNames, 'remote')) out.remote[j.r === null ? 'onsite' : 'remote'] += 1;
    if (matches(j, f, stateNames, 'license')) {
      if (j.l.length === 0) bump(out.license, 'none');
      for (const l of new Set(j.l)) bump(out.license, l);
    }
  }
  return out;
}
