import type { APIRoute } from 'astro';
import { wageDataset } from '#src/data/datasets.ts';
import { WAGE_CSV_COLUMNS, wageCsvRows } from '#src/lib/pay/dataset.ts';
import { toCsv } from '#src/lib/text/csv.ts';

/** Every OEWS row (national and by state), each with its release, source, and the price-level view for states. */
export const GET: APIRoute = async () => {
  const { tables, parities } = await wageDataset();
  return new Response(toCsv(wageCsvRows(tables, parities), [...WAGE_CSV_COLUMNS]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
