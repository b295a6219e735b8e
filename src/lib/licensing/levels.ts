import type { LICENSE_LEVELS } from '#src/schemas/state.ts';

/** Plain names for license levels, and what each usually means for a case manager. */
export const LEVEL: Record<(typeof LICENSE_LEVELS)[number], { label: string; meaning: string }> = {
  associate: {
    label: 'Associate or entry level',
    meaning: 'An entry license or a registration held while working towards a higher one.',
  },
  bachelor: {
    label: "Bachelor's level",
    meaning: 'For graduates of a bachelor’s in social work; generalist, non-clinical practice.',
  },
  master: {
    label: "Master's level",
    meaning:
      'For MSW graduates; non-clinical practice, and clinical work only under supervision where the state allows it.',
  },
  independent: {
    label: 'Independent, non-clinical',
    meaning: 'Advanced practice without supervision, outside clinical diagnosis and treatment.',
  },
  clinical: {
    label: 'Clinical',
    meaning:
      'Diagnosis and treatment of mental health conditions without supervision: the license clinical case managers aim for.',
  },
};

/** Tiers from the lowest level to the highest, keeping the file's order within a level. */
const RANK = ['associate', 'bachelor', 'master', 'independent', 'clinical'] as const;
export const byLevel = <T extends { level: (typeof RANK)[number] }>(tiers: T[]): T[] =>
  tiers
    .map((t, i) => [t, i] as const)
    .sort((a, b) => RANK.indexOf(a[0].level) - RANK.indexOf(b[0].level) || a[1] - b[1])
    .map(([t]) => t);
