import type { JdDoc, JdSection } from '../render';
import { formatDate } from '../../text/format';
import { isCalendarDay } from '#src/schemas/calendar-day.ts';
import { payText } from './pay-text';
import { EMPLOYMENT_LABEL, type BuilderData, type BuilderState, type StateData } from './types';

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
const stateOf = (s: BuilderState, data: BuilderData): StateData | undefined =>
  data.states.find((st) => st.code === s.state);

/** Where the job is: "Boston, Massachusetts", "Remote (applicants in Massachusetts)", or "" when not given. */
export function locationText(s: BuilderState, data: BuilderData): string {
  const st = stateOf(s, data);
  if (s.remote) return `Remote (applicants in ${st ? st.name : 'the United States'})`;
  return [clean(s.city), st?.name ?? ''].filter(Boolean).join(', ');
}

/** The license line: "Required: a current Massachusetts Licensed Independent Clinical Social Worker (LICSW) license." */
export function licenseLine(s: BuilderState, data: BuilderData): string {
  const st = stateOf(s, data);
  if (s.license === 'RN')
    return `Required: a current registered nurse (RN) license${st ? ` in ${st.name}` : ''}.`;
  const tier = st?.tiers.find((t) => t.abbr === s.license);
  return tier && st ? `Required: a current ${st.name} ${tier.title} (${tier.abbr}) license.` : '';
}

/** The certification line: "Preferred: Certified Case Manager (CCM) or Accredited Case Manager (ACM-RN or ACM-SW)." */
export function certificationLine(s: BuilderState, data: BuilderData): string {
  const names = s.certifications
    .map((abbr) => data.certifications.find((c) => c.abbr === abbr))
    .filter((c) => c !== undefined);
  if (!names.length) return '';
  const label = (c: { abbr: string; name: string }) =>
    c.name.includes(c.abbr) ? c.name : `${c.name} (${c.abbr})`;
  return `Preferred: ${names.map(label).join(' or ')}.`;
}

/** The closing date as words, or "" when none or not a real date. */
export const closingText = (s: BuilderState): string =>
  isCalendarDay(s.closingDate) ? formatDate(new Date(`${s.closingDate}T00:00:00Z`)) : '';

/**
 * The builder's state as a job description document. A chosen license replaces the template's general license lines,
 * and chosen certifications replace its general certification line; unticked lines are left out.
 */
export function builderToDoc(s: BuilderState, data: BuilderData): JdDoc {
  const org = clean(s.organization);
  const license = licenseLine(s, data);
  const certs = certificationLine(s, data);
  const ticked = (list: BuilderState['duties']) =>
    list.filter((i) => i.checked && clean(i.text)).map((i) => clean(i.text));
  const quals = s.qualifications.filter(
    (q) => !(license && q.kind === 'license') && !(certs && q.kind === 'certification'),
  );
  const closing = closingText(s);
  const meta = [
    { label: 'Organization', value: org },
    { label: 'Location', value: locationText(s, data) },
    { label: 'Employment type', value: EMPLOYMENT_LABEL[s.employmentType] ?? '' },
    { label: 'Pay', value: payText(s) },
    { label: 'Closing date', value: closing },
  ].filter((m) => m.value);
  const summary = org ? s.summary.replaceAll('[Organization]', org) : s.summary;
  const sections: JdSection[] = [
    { id: 'about', heading: 'About the role', paragraphs: [clean(summary)].filter(Boolean) },
    { id: 'duties', heading: 'Duties and responsibilities', items: ticked(s.duties) },
    {
      id: 'qualifications',
      heading: 'Qualifications',
      items: [license, ...ticked(quals), certs].filter(Boolean),
    },
    { id: 'skills', heading: 'Skills', items: ticked(s.skills) },
    {
      id: 'conditions',
      heading: 'Working conditions',
      paragraphs: [clean(s.workingConditions)].filter(Boolean),
    },
    {
      id: 'apply',
      heading: 'How to apply',
      paragraphs: [clean(s.howToApply), closing ? `Applications close on ${closing}.` : ''].filter(
        Boolean,
      ),
    },
  ];
  return {
    title: clean(s.jobTitle) || 'Clinical Case Manager',
    meta,
    sections: sections.filter((sec) => sec.paragraphs?.length || sec.items?.length),
  };
}
