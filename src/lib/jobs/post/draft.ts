/*
 * The post-a-job form's draft: where it is stored and the zod schema a stored draft must pass. Loaded only when
 * a draft is stored (see src/islands/forms/useDraft.ts), so zod stays out of the form's first load.
 */
import { z } from 'astro/zod';
import type { DraftParser } from '../../forms/draft-store.ts';
import { emptyForm, type PostForm } from './form.ts';

/** Longest text kept from a stored field: a stored draft cannot grow without bound. */
const MAX_TEXT = 20_000;
const text = z
  .string()
  .transform((s) => s.slice(0, MAX_TEXT))
  .optional()
  .catch(undefined);

/** A stored post-a-job draft: every field optional, a field of the wrong type reads as missing (empty). */
export const postDraftSchema = z.object({
  title: text,
  employerName: text,
  employerUrl: text,
  city: text,
  state: text,
  remote: z.boolean().optional().catch(undefined),
  remoteWhere: z.enum(['US', 'states']).optional().catch(undefined),
  remoteStates: text,
  setting: text,
  employmentType: text,
  payMin: text,
  payMax: text,
  payPer: text,
  licenses: text,
  certifications: text,
  description: text,
  datePosted: text,
  validThrough: text,
  applyUrl: text,
  applyEmail: text,
} satisfies Record<keyof PostForm, z.ZodType>);
/** A stored draft as written (input) and as read (output). */
export type PostDraftInput = z.input<typeof postDraftSchema>;
export type PostDraft = z.output<typeof postDraftSchema>;

/** A stored draft back as the form, or undefined when it is not an object with a field of the form; missing fields are empty. */
export const postDraftParser =
  (today: string): DraftParser<PostForm> =>
  (json) => {
    const r = postDraftSchema.safeParse(json);
    if (!r.success) return undefined;
    const kept = Object.entries(r.data).filter(([, v]) => v !== undefined);
    // An object with none of the form's fields is not this form's draft.
    if (kept.length === 0) return undefined;
    return { ...emptyForm(today), ...Object.fromEntries(kept) };
  };
