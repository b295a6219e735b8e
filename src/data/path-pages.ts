import { getCollection, getEntries } from 'astro:content';
import type { StateRules } from '#src/schemas/state.ts';
import { stateSlug } from '#src/lib/geo/state-slug.ts';
import { planPath } from '#src/lib/licensing/path/plan.ts';
import { START_INFO } from '#src/lib/licensing/path/starts.ts';
import type { Plan, StartId } from '#src/lib/licensing/path/types.ts';
import { pathFacts } from './path-facts.ts';

/** Every jurisdiction, sorted by name, with its planner slug. */
export async function pathStates(): Promise<{ slug: string; data: StateRules }[]> {
  return (await getCollection('states'))
    .map((e) => ({ slug: stateSlug(e.data.name), data: e.data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** The plans of one state and start, one per goal the start can aim for (default first). */
export async function plansFor(s: StateRules, start: StartId): Promise<Plan[]> {
  const facts = await pathFacts();
  return START_INFO[start].goals.map((goal) => planPath(s, start, goal, facts));
}

/** Every source the plans cite, in first-cited order, with the numbered references the steps link to. */
export async function planSources(plans: Plan[]) {
  const ids = [
    ...new Set(
      plans.flatMap((p) =>
        p.steps.flatMap((s) => [
          ...s.facts.map((f) => f.source),
          ...s.costs.map((c) => c.source),
          ...s.sources,
        ]),
      ),
    ),
  ].filter((id): id is string => !!id);
  const sources = await getEntries(ids.map((id) => ({ collection: 'sources' as const, id })));
  const refs = new Map(
    sources.map((src, i) => [src.id, { n: i + 1, title: src.data.title, kind: src.data.kind }]),
  );
  return { sources, refs };
}
