import type { APIRoute } from 'astro';
import { stateProjectionDataset } from '#src/data/datasets.ts';

/** Every table of state long-term projections, each with its period and source in full. */
export const GET: APIRoute = async ({ site }) =>
  new Response(
    JSON.stringify(
      {
        title:
          'State long-term employment projections for the occupations clinical case managers are counted in',
        site: site?.href ?? '',
        notes: [
          "Each state's figures are its labor market office's own, as Projections Central publishes them. Employment, change and openings in jobs; openings are an average per year; percent change over the period.",
        ],
        tables: await stateProjectionDataset(),
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
