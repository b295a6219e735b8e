import { getCollection } from 'astro:content';
import type { CitingRecord } from './citations';
import { guideHref } from './guide';

/** Every record on the site that cites sources, with a label and the page where a reader meets it. */
export async function allCitingRecords(): Promise<CitingRecord[]> {
  const [guide, duties, skills, quals, certs, employment, projections, wages, payQuotes] = await Promise.all([
    getCollection('guide'),
    getCollection('duties'),
    getCollection('skills'),
    getCollection('qualifications'),
    getCollection('certifications'),
    getCollection('employment'),
    getCollection('projections'),
    getCollection('wages'),
    getCollection('payQuotes'),
  ]);
  return [
    ...guide.map((e) => ({ label: `Page: ${e.data.navTitle}`, href: guideHref(e.id), data: e.data.sources })),
    ...duties.map((e) => ({ label: `Duty: ${e.data.title}`, href: `/career/duties/#${e.id}`, data: e.data })),
    ...skills.map((e) => ({ label: `Skill: ${e.data.name}`, href: `/career/skills/#${e.id}`, data: e.data })),
    ...quals.map((e) => ({ label: `Qualification: ${e.data.text}`, href: `/career/how-to-become/#qualification-${e.id}`, data: e.data })),
    ...certs.map((e) => ({ label: `Certification: ${e.data.abbr}`, href: `/career/certifications/#${e.id.toLowerCase()}`, data: e.data })),
    ...employment.map((e) => ({ label: `Employment figure: ${e.data.label}, ${e.data.year}`, href: '/career/', data: e.data })),
    ...projections.map((e) => ({ label: `Projection: ${e.data.label}, ${e.data.baseYear}–${e.data.targetYear}`, href: '/career/', data: e.data })),
    ...wages.map((e) => ({ label: `Wage figure: ${e.data.label}, ${e.data.statistic}, ${e.data.period}`, href: '/career/', data: e.data })),
    ...payQuotes.map((e) => ({ label: `Quoted pay range: ${e.data.label}`, href: '/career/', data: e.data })),
  ];
}
