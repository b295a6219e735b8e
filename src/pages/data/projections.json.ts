import type { APIRoute } from 'astro';
import { projectionDataset } from '#src/data/datasets.ts';

/** Every employment projection (official editions first), each with its period and source in full. */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(
      {
        title: 'Employment projections for the occupations clinical case managers are counted in',
        site: site?.href ?? '',
        notes: [
          'Employment, change and openings in jobs (the BLS tables give thousands). Percent change over the period.',
          'Groups starting "official-" are BLS Employment Projections editions; "seed-" figures are as quoted in the article this site started from.',
        ],
        projections: await projectionDataset(),
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
