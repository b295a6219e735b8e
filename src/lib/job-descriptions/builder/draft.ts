import { stateFromVariant } from './defaults';
import {
  BUILDER_EMPLOYMENT_TYPES,
  type BuilderData,
  type BuilderState,
  type ListItem,
} from './types';

/** The localStorage key, with the format version in it; bump DRAFT_VERSION when BuilderState changes shape. */
export const DRAFT_VERSION = 1;
export const DRAFT_KEY = 'ccm-jd-builder-draft';

/** Longest text kept from a draft field, and most lines kept per list: a stored draft cannot grow without bound. */
const MAX_TEXT = 20_000;
const MAX_ITEMS = 100;

/** The draft as stored: version, when it was saved, and the state. */
export const serializeDraft = (s: BuilderState, savedAt: Date = new Date()): string =>
  JSON.stringify({ v: DRAFT_VERSION, savedAt: savedAt.toISOString(), state: s });

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, fallback: string): string =>
  typeof x === 'string' ? x.slice(0, MAX_TEXT) : fallback;

function list(x: unknown, fallback: ListItem[]): ListItem[] {
  if (!Array.isArray(x)) return fallback;
  const seen = new Set<string>();
  const out: ListItem[] = [];
  for (const it of x.slice(0, MAX_ITEMS)) {
    if (!isObj(it) || typeof it.id !== 'string' || typeof it.text !== 'string' || seen.has(it.id))
      continue;
    seen.add(it.id);
    out.push({
      id: it.id.slice(0, 100),
      text: it.text.slice(0, MAX_TEXT),
      checked: it.checked !== false,
      ...(typeof it.kind === 'string' ? { kind: it.kind.slice(0, 40) } : {}),
    });
  }
  return out;
}

/**
 * A stored draft back as builder state, or undefined when there is none, it is not valid JSON, or it is from another
 * version. Every field is checked: wrong types fall back to the template's defaults, unknown states, variants,
 * licenses and certifications are dropped. Never throws.
 */
export function parseDraft(
  raw: string | null | undefined,
  data: BuilderData,
): BuilderState | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObj(parsed) || parsed.v !== DRAFT_VERSION || !isObj(parsed.state)) return undefined;
  const d = parsed.state;
  const variant = data.variants.find((v) => v.id === d.variant) ?? data.variants[0];
  if (!variant) return undefined;
  const base = stateFromVariant(variant);
  const st = data.states.find((s) => s.code === d.state);
  const license =
    typeof d.license === 'string' &&
    (d.license === 'RN' || st?.tiers.some((t) => t.abbr === d.license))
      ? d.license
      : '';
  const certs = Array.isArray(d.certifications)
    ? d.certifications.filter(
        (c): c is string => typeof c === 'string' && data.certifications.some((k) => k.abbr === c),
      )
    : [];
  return {
    variant: variant.id,
    // Drafts saved before the site moved to US English stored the British key names.
    organization: str(d.organization ?? d.organisation, base.organization),
    organizationUrl: str(d.organizationUrl ?? d.organisationUrl, base.organizationUrl),
    jobTitle: str(d.jobTitle, base.jobTitle),
    city: str(d.city, base.city),
    state: st?.code ?? '',
    remote: d.remote === true,
    employmentType:
      BUILDER_EMPLOYMENT_TYPES.find((t) => t === d.employmentType) ?? base.employmentType,
    payMin: str(d.payMin, ''),
    payMax: str(d.payMax, ''),
    payPeriod: d.payPeriod === 'HOUR' ? 'HOUR' : 'YEAR',
    license,
    certifications: [...new Set(certs)],
    summary: str(d.summary, base.summary),
    duties: list(d.duties, base.duties),
    qualifications: list(d.qualifications, base.qualifications),
    skills: list(d.skills, base.skills),
    workingConditions: str(d.workingConditions, base.workingConditions),
    howToApply: str(d.howToApply, ''),
    closingDate: str(d.closingDate, ''),
  };
}
