import type { APIRoute, GetStaticPaths } from 'astro';
import { jobsOnce } from '#src/data/jobs.ts';
import { encodeJobSummary } from '#src/lib/jobs/summary.ts';
import { NATIONWIDE_SHARD, type NationwideShardJson } from '#src/lib/jobs/index-shards.ts';
import { STATE_CODES } from '#src/schemas/vocabulary/us-states.ts';

/** The posting index split by state (src/lib/jobs/index-shards.ts): one file per state and the nationwide file. */
export const getStaticPaths = (() =>
  [...STATE_CODES.map((c) => c.toLowerCase()), NATIONWIDE_SHARD].map((shard) => ({
    params: { shard },
  }))) satisfies GetStaticPaths;

const json = (body: unknown) =>
  new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

export const GET: APIRoute = async ({ params }) => {
  const { shards, openSummaries } = await jobsOnce();
  if (params.shard === NATIONWIDE_SHARD) {
    const body: NationwideShardJson = {
      total: openSummaries.length,
      examples: openSummaries.filter((j) => j.example).length,
      facets: shards.facets,
      jobs: shards.nationwide.map(encodeJobSummary),
    };
    return json(body);
  }
  return json((shards.byState.get(params.shard!.toUpperCase()) ?? []).map(encodeJobSummary));
};
