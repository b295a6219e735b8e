import type { APIRoute } from 'astro';
import { wageDataset } from '#src/data/datasets.ts';
import { wageJson } from '#src/lib/pay/dataset.ts';

/** Every OEWS table with its source in full, and the price parities shown beside the state figures. */
export const GET: APIRoute = async ({ site }) => {
  const { tables, parities } = await wageDataset();
  return new Response(JSON.stringify(wageJson(tables, parities, site?.href ?? ''), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
