import type { JdDoc } from './render';
import type { JdTemplate } from '#src/schemas/jd-template.ts';
import type { Duty } from '#src/schemas/duty.ts';
import type { Qualification } from '#src/schemas/qualification.ts';
import type { Skill } from '#src/schemas/skill.ts';

/** A template with its duties, qualifications and skills resolved from their ids: what the text needs of each. */
type Resolved = Pick<JdTemplate, 'jobTitle' | 'summary' | 'workingConditions'> & {
  duties: Pick<Duty, 'text'>[];
  qualifications: Pick<Qualification, 'text' | 'usually'>[];
  skills: Pick<Skill, 'jdLine'>[];
};

/** The placeholder lines every template starts with; the employer replaces the words in brackets. */
export const PLACEHOLDER_META = [
  { label: 'Organization', value: '[Organization]' },
  { label: 'Location', value: '[City, State]' },
  { label: 'Pay', value: '[Pay range, per year or per hour]' },
  { label: 'Schedule', value: '[Full time / part time]' },
];

/** A template with its references resolved, as a job description document. */
export function jdFromTemplate(t: Resolved): JdDoc {
  return {
    title: t.jobTitle,
    meta: PLACEHOLDER_META,
    sections: [
      { id: 'about', heading: 'About the role', paragraphs: [t.summary] },
      { id: 'duties', heading: 'Duties and responsibilities', items: t.duties.map((d) => d.text) },
      {
        id: 'qualifications',
        heading: 'Qualifications',
        items: t.qualifications.map((q) =>
          q.usually === 'preferred' ? `${q.text} (preferred)` : q.text,
        ),
      },
      { id: 'skills', heading: 'Skills', items: t.skills.map((s) => s.jdLine) },
      { id: 'conditions', heading: 'Working conditions', paragraphs: [t.workingConditions] },
      {
        id: 'apply',
        heading: 'How to apply',
        paragraphs: ['[How to apply, closing date and contact.]'],
      },
    ],
  };
}
