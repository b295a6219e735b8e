import { z } from 'astro/zod';
import { sourceRef } from './sourced';
import { socCode } from './soc';

/** One employment count or share, for one period, from one source. */
export const employmentSchema = z.object({
  /** Which table the figure belongs to, e.g. "by-field-2018" or "employers-2018". */
  group: z.string().min(3),
  /** What is counted, in plain words: "Healthcare social workers", "Hospitals". */
  label: z.string().min(2),
  /** The occupation code, where the figure is about one occupation. */
  soc: socCode.optional(),
  /** The number itself: a job count, or a percent of jobs. */
  value: z.number().positive('expected a positive number'),
  /** What the number counts. */
  unit: z.enum(['jobs', 'percent']),
  /** The year the figure describes. */
  year: z.number().int().min(2000).max(2100),
  /** Position in its table; lower comes first. */
  order: z.number().int().nonnegative(),
  /** The publication it comes from. */
  source: sourceRef(),
});

/** A employment file as written (source ids as strings). */
export type EmploymentFigureInput = z.input<typeof employmentSchema>;
/** A employment as the collection gives it, after validation. */
export type EmploymentFigure = z.output<typeof employmentSchema>;
