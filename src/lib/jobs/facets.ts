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

/**
 * Every facet value (state code, setting, type, license) gets a small number the first time it is seen, so
 * counting is adding one to a slot of a typed array rather than to a string-keyed property: the job board
 * counts every facet for thousands of postings on each change, and string-keyed counting was most of it.
 */
const ids = new Map<string, number>();
const values: string[] = [];
const idOf = (value: string): number => {
  let id = ids.get(value);
  if (id === undefined) {
    id = values.push(value) - 1;
    ids.set(value, id);
  }
  return id;
};
const NONE = 'none';

/** A posting's facet values as numbers, worked out once per posting (the same summaries count on every change). */
interface Coded {
  job: JobSummary;
  /** Its state and the states it is open to remotely, once each; null when it is open nationwide. */
  states: number[] | null;
  setting: number;
  type: number;
  remote: boolean;
  /** Its licenses, once each, or the "none" value when it requires none. */
  licenses: number[];
  /** How many minimum-pay steps its lowest pay reaches (0 to all of them), or -1 when it states no pay. */
  payStep: number;
}
const coded = new WeakMap<JobSummary, Coded>();
function codeOf(j: JobSummary): Coded {
  let c = coded.get(j);
  if (!c) {
    const states =
      j.remote === 'US' ? null : [...new Set([j.state, ...(j.remote ?? [])].filter(Boolean))];
    const bottom = annualBottom(j);
    let payStep = -1;
    if (bottom !== null) {
      payStep = 0;
      while (payStep < MIN_PAY_STEPS.length && bottom >= MIN_PAY_STEPS[payStep]!) payStep++;
    }
    c = {
      job: j,
      states: states && states.map(idOf),
      setting: idOf(j.setting),
      type: idOf(j.type),
      remote: j.remote !== null,
      licenses: j.licenses.length ? [...new Set(j.licenses)].map(idOf) : [idOf(NONE)],
      payStep,
    };
    coded.set(j, c);
  }
  return c;
}

/** The coded postings of a list, kept for the list (the board filters the same list on every change). */
const codedLists = new WeakMap<JobSummary[], Coded[]>();
function codesOf(jobs: JobSummary[]): Coded[] {
  const kept = codedLists.get(jobs);
  if (kept && kept.length === jobs.length) {
    // A list changed in place since it was coded: code the postings that differ again.
    for (let k = 0; k < jobs.length; k++) if (kept[k]!.job !== jobs[k]) kept[k] = codeOf(jobs[k]!);
    return kept;
  }
  const fresh = jobs.map(codeOf);
  codedLists.set(jobs, fresh);
  return fresh;
}

/** The counts in a typed array as a record of the values counted (those with a count above zero). */
const toRecord = (counts: Int32Array, keep: (value: string) => boolean = () => true) => {
  const rec: Record<string, number> = {};
  for (let id = 0; id < counts.length; id++)
    if (counts[id]! > 0 && keep(values[id]!)) rec[values[id]!] = counts[id]!;
  return rec;
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
  const matched: JobSummary[] = [];
  // Values first seen while coding these postings get numbers past the current end: code them all first.
  const codes = codesOf(jobs);
  stateCodes.forEach(idOf);
  const size = values.length;
  const state = new Int32Array(size);
  const setting = new Int32Array(size);
  const type = new Int32Array(size);
  const license = new Int32Array(size);
  /** Postings per number of minimum-pay steps reached. */
  const reached = new Int32Array(MIN_PAY_STEPS.length + 1);
  const remote = { remote: 0, onsite: 0 };
  let nationwide = 0;
  for (let k = 0; k < jobs.length; k++) {
    const j = jobs[k]!;
    const only = failedFilter(j, f, stateNames);
    if (only === MANY) continue;
    const c = codes[k]!;
    const all = only === undefined;
    if (all) matched.push(j);
    if (all || only === 'state') {
      if (c.states === null) nationwide += 1;
      else for (const id of c.states) state[id]! += 1;
    }
    if (all || only === 'setting') setting[c.setting]! += 1;
    if (all || only === 'type') type[c.type]! += 1;
    if (all || only === 'remote') remote[c.remote ? 'remote' : 'onsite'] += 1;
    if (all || only === 'license') for (const id of c.licenses) license[id]! += 1;
    if ((all || only === 'minPay') && c.payStep >= 0) reached[c.payStep]! += 1;
  }
  const known = new Set(stateCodes);
  if (nationwide) for (const code of stateCodes) state[idOf(code)]! += nationwide;
  // A posting that reaches step n counts for steps 1 to n: sum from the highest step down.
  const minPay: Record<string, number> = {};
  let atLeast = 0;
  for (let n = MIN_PAY_STEPS.length; n >= 1; n--) {
    atLeast += reached[n]!;
    if (atLeast) minPay[String(MIN_PAY_STEPS[n - 1])] = atLeast;
  }
  return {
    matched,
    facets: {
      state: toRecord(state, (code) => known.has(code)),
      setting: toRecord(setting),
      type: toRecord(type),
      remote,
      license: toRecord(license),
      minPay,
    },
  };
}

/** The counts per option alone (see filterWithFacets). */
export const facetCounts = (
  jobs: JobSummary[],
  f: JobFilters,
  stateCodes: readonly string[],
  stateNames: Record<string, string> = {},
): FacetCounts => filterWithFacets(jobs, f, stateCodes, stateNames).facets;
