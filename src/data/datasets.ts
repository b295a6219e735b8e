import { getCollection, getEntry } from 'astro:content';
import { byOrder } from '#src/lib/order.ts';
import { periodYear } from '#src/lib/pay/wages.ts';
import type {
  DatasetSource,
  ParitiesIn,
  ProjectionIn,
  StateProjectionTableIn,
  WageTableIn,
} from '#src/lib/pay/dataset.ts';
import { isoDate } from '#src/lib/text/format.ts';

/** A source entry as the downloads describe it. */
async function sourceOf(id: string): Promise<DatasetSource> {
  const s = await getEntry('sources', id);
  if (!s) throw new Error(`downloads: no source "${id}" in content/sources/`);
  return {
    id,
    publisher: s.data.publisher,
    title: s.data.title,
    url: s.data.url,
    period: s.data.period,
    retrieved: isoDate(s.data.retrieved),
    note: s.data.note,
  };
}

/** Every wage table, state tables first then national, newest first; and the newest price parities. */
export async function wageDataset(): Promise<{ tables: WageTableIn[]; parities?: ParitiesIn }> {
  const wages = (await getCollection('wages')).sort(
    (a, b) =>
      a.data.scope.localeCompare(b.data.scope) * -1 ||
      periodYear(b.data.period) - periodYear(a.data.period),
  );
  const tables = await Promise.all(
    wages.map(async (t) => ({
      period: t.data.period,
      scope: t.data.scope,
      source: await sourceOf(t.data.source.id),
      ...(t.data.note ? { note: t.data.note } : {}),
      ...(t.data.notCarried ? { notCarried: t.data.notCarried } : {}),
      rows: t.data.rows,
    })),
  );
  const [p] = (await getCollection('priceParities')).sort((a, b) => b.data.year - a.data.year);
  const parities = p && {
    year: p.data.year,
    source: await sourceOf(p.data.source.id),
    rows: p.data.rows,
  };
  return { tables, ...(parities ? { parities } : {}) };
}

/** Every projection, official editions first (newest first), each with its source. */
export async function projectionDataset(): Promise<ProjectionIn[]> {
  const all = await getCollection('projections');
  const sorted = byOrder(all).sort(
    (a, b) =>
      Number(b.data.group.startsWith('official-')) - Number(a.data.group.startsWith('official-')) ||
      b.data.baseYear - a.data.baseYear,
  );
  return Promise.all(
    sorted.map(async ({ data: { source, order: _order, ...p } }) => ({
      ...p,
      source: await sourceOf(source.id),
    })),
  );
}

/** Every table of state long-term projections, newest first, each with its source. */
export async function stateProjectionDataset(): Promise<StateProjectionTableIn[]> {
  const tables = (await getCollection('stateProjections')).sort(
    (a, b) => b.data.targetYear - a.data.targetYear,
  );
  return Promise.all(
    tables.map(async ({ data: { source, ...t } }) => ({ ...t, source: await sourceOf(source.id) })),
  );
}
