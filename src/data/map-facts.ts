import { getCollection } from 'astro:content';
import type { StateRules } from '#src/schemas/state.ts';
import { stateHref } from '#src/lib/geo/state-slug.ts';
import { mapClasses, type MapFacts } from '#src/lib/geo/map-measures.ts';
import { COMPACT_LABEL } from '#src/lib/licensing/state-summary.ts';
import { newestFirst } from '#src/lib/pay/wages.ts';
import { formatCount, formatDollars } from '#src/lib/text/format.ts';

/** The occupation the map's pay measure shows (OEWS SOC code). */
const PAY_SOC = '21-1022';

/**
 * What the /licensing/ map can be colored by, per state: compact status, total supervised hours, and pay of
 * healthcare social workers from the newest state wage table (the median where the table has it, else the mean).
 */
export async function mapFacts(states: StateRules[]) {
  const table = newestFirst(await getCollection('wages'), 'state')[0];
  const rowOf = (code: string) =>
    table?.data.rows.find((r) => r.area === code && r.soc === PAY_SOC);
  const useMedian = table?.data.rows.some((r) => r.soc === PAY_SOC && r.median !== undefined);
  const payOf = (code: string) => {
    const r = rowOf(code);
    return (useMedian ? r?.median : r?.mean) ?? null;
  };
  const facts: MapFacts[] = states.map((s) => {
    const h = s.clinical.supervisedHours;
    return {
      code: s.code,
      compact: s.compact.status,
      hours: 'value' in h ? h.value : null,
      hoursNote: 'years' in h ? 'years' : 'value' in h ? null : 'unverified',
      pay: payOf(s.code),
    };
  });
  const payLabel = table
    ? `${useMedian ? 'Median' : 'Mean'} pay of healthcare social workers (${table.data.period})`
    : 'Pay';
  return {
    payLabel,
    /** The id of the source entry of the wage table the pay measure comes from. */
    paySource: table?.data.source.id,
    /** The pay column's short heading. */
    payColumn: useMedian ? 'Median pay' : 'Mean pay',
    classes: mapClasses(facts),
    rows: [...states]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => {
        const f = facts.find((x) => x.code === s.code)!;
        return {
          code: s.code,
          name: s.name,
          href: stateHref(s.name),
          compact: COMPACT_LABEL[s.compact.status],
          hours:
            f.hours !== null
              ? formatCount(f.hours)
              : f.hoursNote === 'years'
                ? `${'years' in s.clinical.supervisedHours ? s.clinical.supervisedHours.years : ''} years (no hour total)`
                : 'Not yet verified',
          pay: f.pay === null ? 'No figure in our data' : formatDollars(f.pay),
          payValue: f.pay,
        };
      }),
  };
}
