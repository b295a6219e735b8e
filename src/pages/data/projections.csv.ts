import type { APIRoute } from 'astro';
import { projectionDataset } from '#src/data/datasets.ts';
import { PROJECTION_CSV_COLUMNS, projectionCsvRows } from '#src/lib/pay/dataset.ts';
import { toCsv } from '#src/lib/text/csv.ts';

/** Every employment projection (official editions first), each with its period and source. */
export const GET: APIRoute = async () =>
  new Response(toCsv(projectionCsvRows(await projectionDataset()), [...PROJECTION_CSV_COLUMNS]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
