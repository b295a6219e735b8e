import { getCollection } from 'astro:content';
import { danglingCitations, type CitingRecord } from '#src/lib/sources/citations.ts';
import { guideHref } from '#src/lib/career/guide.ts';
import { stateHref } from '#src/lib/geo/state-slug.ts';

/** Fail the build, naming file and field, if any record cites a source that does not exist. */
export async function assertNoDanglingCitations(records: CitingRecord[]): Promise<void> {
  const known = new Set((await getCollection('sources')).map((s) => s.id));
  const problems = danglingCitations(records, known);
  if (problems.length) throw new Error(`Unknown sources cited:\n- ${problems.join('\n- ')}`);
}

let checked: Promise<void> | undefined;
/** The dangling-citation check, run once per build however many pages ask for it. */
export const checkCitationsOnce = (): Promise<void> =>
  (checked ??= allCitingRecords().then(assertNoDanglingCitations));

/** Every record on the site that cites sources, with a label and the page where a reader meets it. */
export async function allCitingRecords(): Promise<CitingRecord[]> {
  const [
    guide,
    duties,
    skills,
    quals,
    certs,
    employment,
    projections,
    wages,
    payQuotes,
    states,
    occupations,
    priceParities,
  ] = await Promise.all([
    getCollection('guide'),
    getCollection('duties'),
    getCollection('skills'),
    getCollection('qualifications'),
    getCollection('certifications'),
    getCollection('employment'),
    getCollection('projections'),
    getCollection('wages'),
    getCollection('payQuotes'),
    getCollection('states'),
    getCollection('occupations'),
    getCollection('priceParities'),
  ]);
  return [
    ...guide.map((e) => ({
      label: `Page: ${e.data.navTitle}`,
      href: guideHref(e.id),
      // Wrapped, so a dangling citation is named by its field ("sources[0]"), not by its index alone ("[0]").
      data: { sources: e.data.sources },
      file: e.filePath,
    })),
    ...duties.map((e) => ({
      label: `Duty: ${e.data.title}`,
      href: `/career/duties/#${e.id}`,
      data: e.data,
      file: e.filePath,
    })),
    ...skills.map((e) => ({
      label: `Skill: ${e.data.name}`,
      href: `/career/skills/#${e.id}`,
      data: e.data,
      file: e.filePath,
    })),
    ...quals.map((e) => ({
      label: `Qualification: ${e.data.text}`,
      href: `/career/how-to-become/#qualification-${e.id}`,
      data: e.data,
      file: e.filePath,
    })),
    ...certs.map((e) => ({
      label: `Certification: ${e.data.abbr}`,
      href: `/career/certifications/#${e.id.toLowerCase()}`,
      data: e.data,
      file: e.filePath,
    })),
    ...employment.map((e) => ({
      label: `Employment figure: ${e.data.label}, ${e.data.year}`,
      href: '/career/',
      data: e.data,
      file: e.filePath,
    })),
    ...projections.map((e) => ({
      label: `Projection: ${e.data.label}, ${e.data.baseYear}–${e.data.targetYear}`,
      href: '/career/',
      data: e.data,
      file: e.filePath,
    })),
    ...wages.map((e) => ({
      label: `Pay table: ${e.data.scope}, ${e.data.period}`,
      href: e.data.scope === 'national' ? '/salary/' : '/salary/#by-state',
      data: e.data,
      file: e.filePath,
    })),
    ...priceParities.map((e) => ({
      label: `Price levels by state, ${e.data.year}`,
      href: '/salary/#by-state',
      data: e.data,
      file: e.filePath,
    })),
    ...occupations.map((e) => ({
      label: `Occupation: ${e.data.title} (${e.data.soc})`,
      href: `/salary/#soc-${e.data.soc}`,
      data: e.data,
      file: e.filePath,
    })),
    ...states.map((e) => ({
      label: `Licensing: ${e.data.name}`,
      href: stateHref(e.data.name),
      data: e.data,
      file: e.filePath,
    })),
    ...payQuotes.map((e) => ({
      label: `Quoted pay range: ${e.data.label}`,
      href: '/career/',
      data: e.data,
      file: e.filePath,
    })),
  ];
}
