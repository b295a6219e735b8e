import { getCollection } from 'astro:content';

/** The newest table of state long-term projections (by its last year), or undefined when there is none. */
export async function currentStateProjections() {
  const tables = await getCollection('stateProjections');
  return tables.sort((a, b) => b.data.targetYear - a.data.targetYear)[0];
}
