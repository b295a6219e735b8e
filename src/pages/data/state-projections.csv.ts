import type { APIRoute } from 'astro';
import { stateProjectionDataset } from '#src/data/datasets.ts';
import { STATE_PROJECTION_CSV_COLUMNS, stateProjectionCsvRows } from '#src/lib/pay/dataset.ts';
import { toCsv } from '#src/lib/text/csv.ts';

/** Every state long-term projection, each row with its period and source. */
export const GET: APIRoute = async () =>
  new Response(
    toCsv(stateProjectionCsvRows(await stateProjectionDataset()), [
      ...STATE_PROJECTION_CSV_COLUMNS,
    ]),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
