import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { summarizeState, type StateSummary } from '#src/lib/licensing/state-summary.ts';
import { toCsv } from '#src/lib/text/csv.ts';

/** One row per jurisdiction; empty cells are facts no source confirmed (see each state's page). */
const COLUMNS: (keyof StateSummary)[] = [
  'code',
  'name',
  'board',
  'boardUrl',
  'clinicalLicense',
  'clinicalTitle',
  'supervisedHours',
  'supervisedYears',
  'directContactHours',
  'minimumMonths',
  'supervisionHours',
  'exams',
  'ceHours',
  'renewalYears',
  'compact',
  'tiers',
  'lastVerified',
  'unverifiedFields',
];

export const GET: APIRoute = async () => {
  const rows = (await getCollection('states'))
    .map((e) => summarizeState(e.data))
    .sort((a, b) => a.name.localeCompare(b.name));
  return new Response(toCsv(rows, COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
