import { z } from 'astro/zod';
import { sourceRefs } from './sourced';

/** The kinds of qualification an employer can ask for. */
export const QUALIFICATION_KINDS = ['education', 'license', 'experience', 'certification'] as const;

/** One qualification, used by the career guide and the job-description templates. */
export const qualificationSchema = z.object({
  /** What kind of qualification this is. */
  kind: z.enum(QUALIFICATION_KINDS),
  /** The qualification as a job-description line. */
  text: z.string().min(5),
  /** Whether employers usually require it or prefer it. */
  usually: z.enum(['required', 'preferred', 'depends']),
  /** One plain sentence of context for students. */
  context: z.string().min(10),
  /** Position in lists; lower comes first. */
  order: z.number().int().nonnegative(),
  /** Where this comes from. */
  sources: sourceRefs(),
});

/** A qualification file as written (source ids as strings). */
export type QualificationInput = z.input<typeof qualificationSchema>;
/** A qualification as the collection gives it, after validation. */
export type Qualification = z.output<typeof qualificationSchema>;
