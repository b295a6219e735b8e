import { z } from 'astro/zod';
import { sourceRefs } from './sourced';

/** One essential skill. Rendered on /career/skills/ and reused by the job-description templates. */
export const skillSchema = z.object({
  /** The skill's name, e.g. "Conflict resolution". */
  name: z.string().min(2),
  /** One plain sentence on what the skill is. */
  summary: z.string().min(10),
  /** Two to four concrete examples of the skill at work. */
  inPractice: z.array(z.string().min(10)).min(1).max(5),
  /** The line a job description uses for this skill. */
  jdLine: z.string().min(10),
  /** Position in lists; lower comes first. */
  order: z.number().int().nonnegative(),
  /** Where the skill comes from. */
  sources: sourceRefs(),
});

/** A skill file as written (source ids as strings). */
export type SkillInput = z.input<typeof skillSchema>;
/** A skill as the collection gives it, after validation. */
export type Skill = z.output<typeof skillSchema>;
