import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { licensingDataset } from '#src/lib/licensing/dataset.ts';

/** The whole licensing dataset, every field with its source id or its "unverified" note. */
export const GET: APIRoute = async ({ site }) => {
  const [states, sources] = await Promise.all([getCollection('states'), getCollection('sources')]);
  const body = licensingDataset(
    states.map((s) => s.data),
    sources,
    site?.href ?? '',
  );
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
