import { z } from 'astro/zod';

/**
 * BEA Regional Price Parities for one year: each state's price level against the national average (US = 100).
 * Used only to show pay "adjusted for price levels" beside the official figure, never instead of it.
 * The source reference type is passed in so the same schema validates in Astro (reference()) and in scripts (plain id).
 */
export const makePriceParitySchema = <S extends z.ZodType>(sourceRef: S) =>
  z
    .strictObject({
      /** The year the parities describe. */
      year: z.number().int().min(2008).max(2100),
      /** The publication the index comes from. */
      source: sourceRef,
      /** One index per area. */
      rows: z
        .array(
          z.strictObject({
            /** "US" or a state's postal code. */
            area: z.string().regex(/^(US|[A-Z]{2})$/, 'expected "US" or a two-letter state code'),
            /** "RPPs: All items": the area's price level, US = 100. */
            index: z.number().min(50).max(200),
          }),
        )
        .min(1),
    })
    .superRefine((t, ctx) => {
      const seen = new Set<string>();
      t.rows.forEach((r, i) => {
        if (seen.has(r.area))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'area'],
            message: `${r.area} appears twice: keep one row per area`,
          });
        seen.add(r.area);
      });
    });
