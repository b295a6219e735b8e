import type { BuilderData, BuilderState, ListItem, StateData, VariantData } from './types';

const items = (list: { id: string; text: string; kind?: string }[]): ListItem[] =>
  list.map((i) => ({ id: i.id, text: i.text, checked: true, ...(i.kind ? { kind: i.kind } : {}) }));

/** The variant's lists as builder lines, every line ticked; qualifications the template marks preferred say so. */
export function listsFromVariant(
  v: VariantData,
): Pick<BuilderState, 'duties' | 'skills' | 'qualifications'> {
  return {
    duties: items(v.duties),
    skills: items(v.skills),
    qualifications: items(
      v.qualifications.map((q) => ({
        id: q.id,
        kind: q.kind,
        text: q.usually === 'preferred' ? `${q.text} (preferred)` : q.text,
      })),
    ),
  };
}

/** A fresh builder for a variant: its title, summary, conditions and lists, and empty employer fields. */
export function stateFromVariant(v: VariantData): BuilderState {
  return {
    variant: v.id,
    organization: '',
    organizationUrl: '',
    jobTitle: v.jobTitle,
    city: '',
    state: '',
    remote: false,
    employmentType: 'FULL_TIME',
    payMin: '',
    payMax: '',
    payPeriod: 'year',
    license: '',
    certifications: [],
    summary: v.summary,
    ...listsFromVariant(v),
    workingConditions: v.workingConditions,
    howToApply: '',
    closingDate: '',
  };
}

/** The builder for the first variant (the general template). */
export function initialState(data: BuilderData): BuilderState {
  const [general] = data.variants;
  if (!general)
    throw new Error('The builder needs at least one template in content/jd-templates/.');
  return stateFromVariant(general);
}

/** Switch to another setting: the employer's own fields stay, the template text and lists are replaced. */
export function switchVariant(s: BuilderState, v: VariantData): BuilderState {
  return {
    ...s,
    variant: v.id,
    jobTitle: v.jobTitle,
    summary: v.summary,
    workingConditions: v.workingConditions,
    ...listsFromVariant(v),
  };
}

/** The license a state suggests: its clinical license (LICSW in Massachusetts, LCSW in New York). */
export const suggestedLicense = (st: StateData | undefined): string => st?.clinicalAbbr ?? '';

/** Choose a state: keep a license that state also issues (or RN), otherwise suggest the state's clinical license. */
export function chooseState(s: BuilderState, st: StateData | undefined): BuilderState {
  const keep = s.license === 'RN' || (st && st.tiers.some((t) => t.abbr === s.license));
  return { ...s, state: st?.code ?? '', license: keep ? s.license : suggestedLicense(st) };
}
