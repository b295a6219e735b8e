import { getCollection, getEntries, getEntry } from 'astro:content';
import { allTemplates } from '#src/data/jd-templates.ts';
import { byOrder } from '../../order';
import { citeLabel } from '../../sources/labels';
import { newestReleases } from '../../pay/wages';
import { withBase } from '../../paths';
import { forPerson } from '../person';
import type { BuilderData, PayRow, PaySource } from './types';

const source = async (id: string, period: string): Promise<PaySource> => {
  const s = (await getEntry('sources', id))!;
  return {
    publisher: s.data.publisher,
    label: citeLabel(s.data),
    href: withBase(`/sources/#${id}`),
    period,
  };
};
const payRow = (r: PayRow): PayRow => ({
  soc: r.soc,
  title: r.title,
  mean: r.mean,
  p10: r.p10,
  p25: r.p25,
  median: r.median,
  p75: r.p75,
  p90: r.p90,
});

/** Everything the builder island needs, from the content collections: variants with their text, states, certifications and pay. */
export async function loadBuilderData(): Promise<BuilderData> {
  const templates = await allTemplates();
  const variants = await Promise.all(
    templates.map(async (t) => {
      const [duties, qualifications, skills] = await Promise.all([
        getEntries(t.data.duties),
        getEntries(t.data.qualifications),
        getEntries(t.data.skills),
      ]);
      const say = (text: string) => forPerson(text, t.data.person);
      return {
        id: t.id,
        setting: t.data.setting,
        jobTitle: t.data.jobTitle,
        summary: t.data.summary,
        workingConditions: t.data.workingConditions,
        duties: duties.map((d) => ({ id: d.id, text: say(d.data.text) })),
        skills: skills.map((s) => ({ id: s.id, text: say(s.data.jdLine) })),
        qualifications: qualifications.map((q) => ({
          id: q.id,
          text: say(q.data.text),
          kind: q.data.kind,
          usually: q.data.usually,
        })),
      };
    }),
  );
  const states = (await getCollection('states'))
    .map((s) => ({
      code: s.data.code,
      name: s.data.name,
      clinicalAbbr: s.data.clinical.abbr,
      tiers: s.data.tiers.map((t) => ({ abbr: t.abbr, title: t.title, level: t.level })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const certifications = byOrder(await getCollection('certifications')).map((c) => ({
    abbr: c.data.abbr,
    name: c.data.name,
  }));
  const socs = byOrder(await getCollection('occupations')).map((o) => o.data.soc);
  const wages = await getCollection('wages');
  const [national] = newestReleases(wages, 'national');
  const [stateTable] = newestReleases(wages, 'state');
  const inOrder = <T extends { soc: string }>(rows: T[]) =>
    socs.flatMap((soc) => rows.filter((r) => r.soc === soc));
  const byState: Record<string, PayRow[]> = {};
  for (const r of inOrder(stateTable.data.rows)) (byState[r.area] ??= []).push(payRow(r));
  return {
    variants,
    states,
    certifications,
    pay: {
      national: {
        source: await source(national.data.source.id, national.data.period),
        rows: inOrder(national.data.rows).map(payRow),
      },
      state: {
        source: await source(stateTable.data.source.id, stateTable.data.period),
        rows: byState,
      },
    },
  };
}
