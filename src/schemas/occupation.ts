import { z } from 'astro/zod';
import { sourceRefs } from './sourced';
import { socCode } from './soc';

/** A standard occupation that the job title "clinical case manager" falls under. */
export const occupationSchema = z.strictObject({
  /** The SOC code. */
  soc: socCode,
  /** The official title. */
  title: z.string().min(3),
  /** A short name for charts and switches. */
  short: z.string().min(3).max(30),
  /** "broad" for a group of occupations, "detailed" for one. */
  level: z.enum(['broad', 'detailed']),
  /** Why case managers are counted here, in plain words. */
  why: z.string().min(20),
  /** Position in lists; lower comes first. */
  order: z.number().int().nonnegative(),
  /** Where the mapping comes from. */
  sources: sourceRefs(),
});

/** A occupation file as written (source ids as strings). */
export type OccupationInput = z.input<typeof occupationSchema>;
/** A occupation as the collection gives it, after validation. */
export type Occupation = z.output<typeof occupationSchema>;
