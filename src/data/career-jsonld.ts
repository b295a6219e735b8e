import { getCollection } from 'astro:content';
import { careerOccupation } from '#src/lib/jsonld/career-occupation.ts';
import { byOrder } from '#src/lib/order.ts';

/** The Occupation description for /career/, built from the duties, skills and qualifications collections. */
export async function careerOccupationJsonLd(url: string) {
  const [duties, skills, quals] = await Promise.all([
    getCollection('duties'),
    getCollection('skills'),
    getCollection('qualifications'),
  ]);
  const education = byOrder(quals).filter((q) => q.data.kind === 'education');
  const other = byOrder(quals).filter((q) => q.data.kind !== 'education');
  return careerOccupation({
    name: 'Clinical case manager',
    description:
      'Clinical case managers assess the needs of people facing illness, addiction, abuse or other crises, plan their care, coordinate services across providers and insurers, advocate for them and track their progress. Most come from social work or nursing.',
    url,
    occupationalCategory: [
      '21-1022 Healthcare Social Workers',
      '21-1023 Mental Health and Substance Abuse Social Workers',
      '21-1021 Child, Family, and School Social Workers',
      '29-1141 Registered Nurses',
    ],
    responsibilities: byOrder(duties).map((d) => d.data.text),
    skills: byOrder(skills).map((s) => s.data.name),
    educationRequirements: education.map((q) => q.data.text).join('; '),
    qualifications: other.map((q) => q.data.text).join('; '),
  });
}
