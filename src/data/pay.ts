import { getCollection } from 'astro:content';
import { byOrder } from '#src/lib/order.ts';
import { newestFirst } from '#src/lib/pay/wages.ts';

/**
 * The pay tables pages show together: the newest state table, the national table of the same release (or the
 * newest national one, with `sameRelease: false` so the page can say why), and the newest price parities.
 */
export async function currentPay() {
  const wages = await getCollection('wages');
  const [state] = newestFirst(wages, 'state');
  const nationals = newestFirst(wages, 'national');
  const sameRelease = state && nationals.find((t) => t.data.period === state.data.period);
  const national = sameRelease ?? nationals[0];
  const [parities] = (await getCollection('priceParities')).sort(
    (a, b) => b.data.year - a.data.year,
  );
  const occupations = byOrder(await getCollection('occupations')).filter(
    (o) => o.data.level === 'detailed',
  );
  return { state, national, sameRelease: Boolean(sameRelease), parities, occupations };
}

/** The 2024–34 (or newest official) projections, one per occupation, in order. */
export async function currentProjections() {
  const all = await getCollection('projections');
  const official = all.filter((p) => p.data.group.startsWith('official-'));
  const newestBase = Math.max(...official.map((p) => p.data.baseYear));
  return byOrder(official.filter((p) => p.data.baseYear === newestBase));
}
