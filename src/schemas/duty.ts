import { z } from 'astro/zod';
import { sourceRefs } from './sourced';

/** The part of the case management process a duty belongs to (CMSA's process, in order). */
export const DUTY_AREAS = [
  'assessment',
  'planning',
  'facilitation',
  'coordination',
  'evaluation',
  'advocacy',
  'professional-practice',
] as const;

/** One duty of a clinical case manager. Rendered on /career/duties/ and reused by the job-description templates. */
export const dutySchema = z.object({
  /** A short name for the duty, used as its heading. */
  title: z.string().min(3),
  /** The duty as one plain sentence that can go straight into a job description. */
  text: z.string().min(10),
  /** What it looks like on a working day: one or two plain sentences. */
  inPractice: z.string().min(10),
  /** Which stage of the case management process it belongs to. */
  area: z.enum(DUTY_AREAS),
  /** Position in lists; lower comes first. */
  order: z.number().int().nonnegative(),
  /** Where the duty comes from. */
  sources: sourceRefs(),
});

/** A duty file as written (source ids as strings). */
export type DutyInput = z.input<typeof dutySchema>;
/** A duty as the collection gives it, after validation. */
export type Duty = z.output<typeof dutySchema>;
