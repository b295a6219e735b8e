import { annualBottom, type JobSummary } from './summary.ts';
import { MIN_PAY_STEPS } from './filter-options.ts';
import { MANY, failedFilter, type JobFilters } from './filter.ts';

/** How many postings each option of a filter would show, given the other filters as they are. */
export interface FacetCounts {
  state: Record<string, number>;
  setting: Record<string, number>;
  type: Record<string, number>;
  remote: Record<'remote' | 'onsite', number>;
  license: Record<string, number>;
  /** Per minimum-pay step (as a string), the postings whose lowest pay offered reaches it. */
  minPay: Record<string, number>;
}

const bump = (rec: Record<string, number>, key: string, by = 1) => {
  rec[key] = (rec[key] ?? 0) + by;
};

/**
 * The postings that pass every filter (in their original order) and the counts per option, computed the way
 * faceted search does: each filter's counts apply all the *other* filters, so a count says what choosing that
 * option would show. One pass over the postings for the list and every facet: a posting that fails no filter is
 * listed and counts in every facet, one that fails exactly one filter counts only in that filter's facet, and
 * one that fails two or more counts nowhere. Postings open to the whole country count once and are added to
 * every state at the end, instead of once per state.
 */
export function filterWithFacets(
  jobs: JobSummary[],
  f: JobFilters,
  stateCodes: readonly string[],
  stateNames: Record<string, string> = {},
): { matched: JobSummary[]; facets: FacetCounts } {
  const out: FacetCounts = {
    state: {},
    setting: {},
    type: {},
    remote: { remote: 0, onsite: 0 },
    license: {},
    minPay: {},
  };
  const matched: JobSummary[] = [];
  const codes = new Set(stateCodes);
  let nationwide = 0;
  for (const j of jobs) {
    const only = failedFilter(j, f, stateNames);
    if (only === MANY) continue;
    if (only === undefined) matched.push(j);
    const counts = (k: keyof JobFilters) => only === undefined || only === k;
    if (counts('state')) {
      if (j.r === 'US') nationwide += 1;
      else {
        if (j.s && codes.has(j.s)) bump(out.state, j.s);
        if (Array.isArray(j.r))
          j.r.forEach((c, i) => {
            // Each state once, even if listed twice or also the workplace's.
            if (c !== j.s && j.r!.indexOf(c) === i && codes.has(c)) bump(out.state, c);
          });
      }
    }
    if (counts('setting')) bump(out.setting, j.g);
    if (counts('type')) bump(out.type, j.y);
    if (counts('remote')) out.remote[j.r === null ? 'onsite' : 'remote'] += 1;
    if (counts('license')) {
      if (j.l.length === 0) bump(out.license, 'none');
      j.l.forEach((l, i) => {
        if (j.l.indexOf(l) === i) bump(out.license, l);
      });
    }
    if (counts('minPay')) {
      const bottom = annualBottom(j);
      if (bottom !== null)
        for (const n of MIN_PAY_STEPS) if (bottom >= n) bump(out.minPay, String(n));
    }
  }
  if (nationwide) for (const code of stateCodes) bump(out.state, code, nationwide);
  return { matched, facets: out };
}

/** The counts per option alone (see filterWithFacets). */
export const facetCounts = (
  jobs: JobSummary[],
  f: JobFilters,
  stateCodes: readonly string[],
  stateNames: Record<string, string> = {},
): FacetCounts => filterWithFacets(jobs, f, stateCodes, stateNames).facets;
