/*
 * The job description builder's draft: where it is stored and the zod schema a stored draft must pass. Loaded
 * only when a draft is stored (see src/islands/forms/useDraft.ts), so zod is not in the builder's first load.
 */
import { z } from 'astro/zod';
import type { PayPeriod } from '#src/schemas/vocabulary/pay.ts';
import type { DraftParser } from '../../forms/draft-store.ts';
import { stateFromVariant } from './defaults';
import {
  BUILDER_EMPLOYMENT_TYPES,
  type BuilderData,
  type BuilderState,
  type ListItem,
} from './types';

/** Longest text kept from a draft field, and most lines kept per list: a stored draft cannot grow without bound. */
const MAX_TEXT = 20_000;
const MAX_ITEMS = 100;

const cut = (max: number) => z.string().transform((s) => s.slice(0, max));
/** A text field: cut to MAX_TEXT; anything but text reads as missing (the template's value is used). */
const text = cut(MAX_TEXT).optional().catch(undefined);
const listItem = z.object({
  id: cut(100),
  text: cut(MAX_TEXT),
  checked: z
    .unknown()
    .optional()
    .transform((c) => c !== false),
  kind: cut(40).optional().catch(undefined),
});
/** A list: its first MAX_ITEMS lines, dropping lines that are not list items and repeated ids; else missing. */
const list = z
  .array(z.unknown())
  .transform((items) => {
    const seen = new Set<string>();
    const out: ListItem[] = [];
    for (const it of items.slice(0, MAX_ITEMS)) {
      const r = listItem.safeParse(it);
      if (!r.success || seen.has(r.data.id)) continue;
      seen.add(r.data.id);
      const { kind, ...rest } = r.data;
      out.push(kind === undefined ? rest : { ...rest, kind });
    }
    return out;
  })
  .optional()
  .catch(undefined);

/** A stored builder draft: every field optional, a field of the wrong type reads as missing. */
export const builderDraftSchema = z.object({
  variant: z.string().optional().catch(undefined),
  organization: text,
  // Drafts saved before the site moved to US English stored the British key names.
  organisation: text,
  organizationUrl: text,
  organisationUrl: text,
  jobTitle: text,
  city: text,
  state: z.string().optional().catch(undefined),
  remote: z.boolean().optional().catch(undefined),
  employmentType: z.enum(BUILDER_EMPLOYMENT_TYPES).optional().catch(undefined),
  payMin: text,
  payMax: text,
  // Drafts saved before the one pay-period vocabulary wrote the JSON-LD spelling, HOUR or YEAR.
  payPeriod: z
    .enum(['hour', 'year', 'HOUR', 'YEAR'])
    .transform((p): PayPeriod => (p === 'hour' || p === 'HOUR' ? 'hour' : 'year'))
    .optional()
    .catch(undefined),
  license: z.string().optional().catch(undefined),
  certifications: z.array(z.unknown()).optional().catch(undefined),
  summary: text,
  duties: list,
  qualifications: list,
  skills: list,
  workingConditions: text,
  howToApply: text,
  closingDate: text,
});
/** A stored draft as written (input) and as read (output). */
export type BuilderDraftInput = z.input<typeof builderDraftSchema>;
export type BuilderDraft = z.output<typeof builderDraftSchema>;

/**
 * A stored draft back as builder state, or undefined when it is not an object. Missing or mistyped fields take
 * the template's values; unknown variants, states, licenses and certifications are dropped. Never throws.
 */
export const builderDraftParser =
  (data: BuilderData): DraftParser<BuilderState> =>
  (json) => {
    const r = builderDraftSchema.safeParse(json);
    if (!r.success) return undefined;
    const d = r.data;
    const variant = data.variants.find((v) => v.id === d.variant) ?? data.variants[0];
    if (!variant) return undefined;
    const base = stateFromVariant(variant);
    const st = data.states.find((s) => s.code === d.state);
    const license =
      d.license !== undefined && (d.license === 'RN' || st?.tiers.some((t) => t.abbr === d.license))
        ? d.license
        : '';
    const certs = (d.certifications ?? []).filter(
      (c): c is string => typeof c === 'string' && data.certifications.some((k) => k.abbr === c),
    );
    return {
      variant: variant.id,
      organization: d.organization ?? d.organisation ?? base.organization,
      organizationUrl: d.organizationUrl ?? d.organisationUrl ?? base.organizationUrl,
      jobTitle: d.jobTitle ?? base.jobTitle,
      city: d.city ?? base.city,
      state: st?.code ?? '',
      remote: d.remote === true,
      employmentType: d.employmentType ?? base.employmentType,
      payMin: d.payMin ?? '',
      payMax: d.payMax ?? '',
      payPeriod: d.payPeriod ?? 'year',
      license,
      certifications: [...new Set(certs)],
      summary: d.summary ?? base.summary,
      duties: d.duties ?? base.duties,
      qualifications: d.qualifications ?? base.qualifications,
      skills: d.skills ?? base.skills,
      workingConditions: d.workingConditions ?? base.workingConditions,
      howToApply: d.howToApply ?? '',
      closingDate: d.closingDate ?? '',
    };
  };
