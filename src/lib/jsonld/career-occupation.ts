/**
 * Inputs for the schema.org Occupation that describes the career as a whole (not one of the SOC occupations in
 * content/occupations/, which the career falls under and which fill its occupationalCategory).
 */
export interface CareerOccupationInput {
  name: string;
  description: string;
  url: string;
  occupationalCategory: string[];
  responsibilities: string[];
  skills: string[];
  educationRequirements: string;
  qualifications: string;
}

/** schema.org Occupation for the career overview page. Only fields we can source are filled. */
export function careerOccupation(o: CareerOccupationInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: o.name,
    description: o.description,
    url: o.url,
    occupationLocation: { '@type': 'Country', name: 'United States' },
    occupationalCategory: o.occupationalCategory,
    responsibilities: o.responsibilities,
    skills: o.skills,
    educationRequirements: o.educationRequirements,
    qualifications: o.qualifications,
  };
}
