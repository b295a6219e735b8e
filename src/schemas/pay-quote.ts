import { z } from 'astro/zod';
import { sourceRef } from './sourced';
import type { PayAdjective } from './vocabulary/pay.ts';

const dollars = z.number().positive('expected a positive number of dollars');

/** A pay range quoted for the job title by a non-official source, kept apart from official occupation figures. */
export const payQuoteSchema = z
  .object({
    /** What the range describes. */
    label: z.string().min(3),
    /** Bottom of the typical range, in dollars. */
    typicalLow: dollars,
    /** Top of the typical range, in dollars. */
    typicalHigh: dollars,
    /** Where top earners start, in dollars. */
    topFrom: dollars.optional(),
    /** The lowest pay the source mentions, in dollars. */
    lowest: dollars.optional(),
    /** Whether the dollars are per year or per hour (src/data/pay-quotes.ts reads it as the pay period). */
    basis: z.enum(['annual', 'hourly'] satisfies PayAdjective[]),
    /** Who quoted it. */
    source: sourceRef(),
    /** What a reader should keep in mind. */
    note: z.string().min(10),
  })
  .refine((q) => q.typicalHigh > q.typicalLow, {
    message: 'typicalHigh must be above typicalLow',
    path: ['typicalHigh'],
  });

/** A pay quote file as written (source ids as strings). */
export type PayQuoteInput = z.input<typeof payQuoteSchema>;
/** A pay quote as the collection gives it, after validation. */
export type PayQuote = z.output<typeof payQuoteSchema>;
