import { z } from 'astro/zod';
import { sourceRef } from './sourced';

/** One fee, sourced; or a fee we could not confirm, with what was tried (never shown). */
const fee = z.union([
  z.strictObject({
    /** What the fee is for: "Clinical exam", "Application". */
    label: z.string().min(3),
    /** The amount in US dollars. */
    usd: z.number().nonnegative('expected a fee in US dollars, digits only'),
    /** How often it is paid, for recurring fees: "every 5 years". */
    every: z.string().min(3).optional(),
    source: sourceRef(),
    /** Plain-language context for readers. */
    note: z.string().min(3).optional(),
  }),
  z.strictObject({
    label: z.string().min(3),
    unverified: z.literal(true),
    /** What was tried (never shown). */
    research: z.string().min(5, 'say what was tried'),
  }),
]);

/** The fees of one national exam or certification body (ASWB, CCMC, ACMA), as the body states them. */
export const examFeeSchema = z.strictObject({
  /** The body's name as readers know it: "Association of Social Work Boards (ASWB)". */
  body: z.string().min(3),
  /** What the fees are for: "ASWB licensing exams". */
  title: z.string().min(3),
  /** Position on the page; lower comes first. */
  order: z.number().int().nonnegative(),
  /** The fees. */
  fees: z.array(fee).min(1),
  /** Plain-language context for readers (shown under the table). */
  note: z.string().min(3).optional(),
  /** The source of the note's facts, where it states any. */
  noteSource: sourceRef().optional(),
  /** Research notes (never shown). */
  research: z.string().min(3).optional(),
});

export type ExamFees = z.infer<typeof examFeeSchema>;
