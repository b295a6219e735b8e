/** What /licensing/compare/ shows: every state's rows for the comparison, read from the collections. */
import { getCollection } from 'astro:content';
import { openJobsByStateOnce } from '#src/data/jobs.ts';
import { stateHref } from '#src/lib/geo/state-slug.ts';
import { stateJobsHref } from '#src/lib/jobs/present.ts';
import { compareRows, type StatePay } from '#src/lib/licensing/compare.ts';
import { statePathHref } from '#src/lib/licensing/path/urls.ts';
import { newestFirst } from '#src/lib/pay/wages.ts';

/**
 * The states in name order (code, name, page link), the comparison rows for all of them, and the sources of
 * the pay figures (the newest state wage table that has each state).
 */
export async function compareStatesData() {
  const states = (await getCollection('states'))
    .map((e) => e.data)
    .sort((a, b) => a.name.localeCompare(b.name));
  const tables = newestFirst(await getCollection('wages'), 'state');
  const pay = new Map<string, StatePay>();
  for (const s of states) {
    const t = tables.find((x) => x.data.rows.some((r) => r.area === s.code));
    if (t)
      pay.set(s.code, {
        period: t.data.period,
        source: t.data.source.id,
        rows: t.data.rows.filter((r) => r.area === s.code),
      });
  }
  const open = await openJobsByStateOnce();
  // Real postings only: the development examples are never counted as open jobs.
  const jobs = new Map(
    states.map((s) => [
      s.code,
      (open.get(s.code as never) ?? []).filter((j) => !j.data.example).length,
    ]),
  );
  const rows = compareRows(states, {
    pay,
    jobs,
    jobsHref: (code) => stateJobsHref(code),
    pathHref: statePathHref,
  });
  return {
    states: states.map((s) => ({ code: s.code, name: s.name, href: stateHref(s.name) })),
    rows,
    paySources: [...new Set([...pay.values()].map((p) => p.source))],
  };
}
