import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { jdFromTemplate } from '#src/lib/job-descriptions/from-template.ts';
import { forPerson } from '#src/lib/job-descriptions/person.ts';
import type { JdDoc } from '#src/lib/job-descriptions/render.ts';

/** The URL of a template's page: the general one is /job-description/, the rest /job-description/<id>/. */
export const templateHref = (id: string): string =>
  id === 'general' ? '/job-description/' : `/job-description/${id}/`;

/** A template with its duties, qualifications and skills looked up, as a document ready to render. */
export async function loadTemplate(entry: CollectionEntry<'jdTemplates'>): Promise<JdDoc> {
  const [duties, qualifications, skills] = await Promise.all([
    getEntries(entry.data.duties),
    getEntries(entry.data.qualifications),
    getEntries(entry.data.skills),
  ]);
  const { person } = entry.data;
  return jdFromTemplate({
    jobTitle: entry.data.jobTitle,
    summary: entry.data.summary,
    workingConditions: entry.data.workingConditions,
    duties: duties.map((d) => ({ text: forPerson(d.data.text, person) })),
    qualifications: qualifications.map((q) => ({
      ...q.data,
      text: forPerson(q.data.text, person),
    })),
    skills: skills.map((s) => ({ jdLine: forPerson(s.data.jdLine, person) })),
  });
}

/** All templates in menu order. */
export const allTemplates = async () =>
  (await getCollection('jdTemplates')).sort((a, b) => a.data.order - b.data.order);
