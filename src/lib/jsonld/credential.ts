/** schema.org EducationalOccupationalCredential for a state license: what it is, who issues it, where it is valid. */
export function licenseCredential(o: {
  name: string;
  abbr: string;
  state: string;
  board: string;
  boardUrl?: string | undefined;
  url: string;
  competencies: string[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'EducationalOccupationalCredential',
    name: `${o.name} (${o.abbr})`,
    alternateName: o.abbr,
    credentialCategory: 'license',
    url: o.url,
    recognizedBy: {
      '@type': 'GovernmentOrganization',
      name: o.board,
      ...(o.boardUrl ? { url: o.boardUrl } : {}),
    },
    validIn: { '@type': 'AdministrativeArea', name: o.state },
    ...(o.competencies.length ? { competencyRequired: o.competencies } : {}),
  };
}
