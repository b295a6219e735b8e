import { z } from 'astro/zod';
import { socCode } from './soc.ts';

/**
 * One employment projection: how an occupation's jobs are expected to change over a decade.
 * The source reference type is passed in so the same schema validates in Astro (reference()) and in scripts (plain id).
 */
export const makeProjectionSchema = <S extends z.ZodType>(sourceRef: S) =>
  z
    .object({
      /** Which table the figure belongs to, e.g. "2018-28" or "2024-34". */
      group: z.string().min(3),
      /** The occupation in plain words. */
      label: z.string().min(2),
      /** The occupation code. */
      soc: socCode.optional(),
      /** First year of the projection. */
      baseYear: z.number().int().min(2000).max(2100),
      /** Last year of the projection. */
      targetYear: z.number().int().min(2000).max(2100),
      /** Expected change in employment over the period, in percent (may be negative). */
      percentChange: z.number(),
      /** Jobs in the base year, where the source gives them. */
      employmentBase: z.number().positive().optional(),
      /** Jobs expected in the target year, where the source gives them. */
      employmentTarget: z.number().positive().optional(),
      /** Average openings each year over the decade, where the source gives them. */
      openingsPerYear: z.number().positive().optional(),
      /** Expected change in jobs over the period (may be negative), where the source gives it. */
      changeNumeric: z.number().optional(),
      /** Typical education needed for entry, as the Employment Projections tables word it. */
      typicalEducation: z.string().min(2).optional(),
      /** Work experience in a related occupation, as the tables word it ("None" included). */
      workExperience: z.string().min(2).optional(),
      /** Typical on-the-job training needed to attain competency, as the tables word it ("None" included). */
      onTheJobTraining: z.string().min(2).optional(),
      /** Position in its table; lower comes first. */
      order: z.number().int().nonnegative(),
      /** The publication it comes from. */
      source: sourceRef,
    })
    .refine((p) => p.targetYear > p.baseYear, {
      message: 'targetYear must be after baseYear',
      path: ['targetYear'],
    });

/** A projection file as written in content/projections/ (the source as its id). */
export type ProjectionInput = z.input<ReturnType<typeof makeProjectionSchema<z.ZodString>>>;
/** A projection after validation, its source as the schema's source reference gives it. */
export type Projection<S extends z.ZodType = z.ZodString> = z.output<
  ReturnType<typeof makeProjectionSchema<S>>
>;
