import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { sourceRefs } from './sourced';

/** A job-description template for one care setting, built from the shared duties, skills and qualifications. */
export const jdTemplateSchema = z.strictObject({
  /** The job title the template uses. */
  jobTitle: z.string().min(5),
  /** The setting, as a short label for menus: "Hospital: utilization and discharge". */
  setting: z.string().min(3).max(50),
  /** One or two sentences on who this variant is for. */
  audience: z.string().min(10),
  /**
   * Who the job serves, in the setting's own word: "patient" in hospitals and nursing, "client" elsewhere.
   * The shared duties, skills and qualifications are worded with it, so a template never mixes the two.
   */
  person: z.enum(['client', 'patient']).default('client'),
  /** The "About the role" paragraph. Placeholders in [square brackets] are for the employer to fill in. */
  summary: z.string().min(40),
  /** Duties, in order, from content/duties/. */
  duties: z.array(reference('duties')).min(5),
  /** Qualifications, in order, from content/qualifications/. */
  qualifications: z.array(reference('qualifications')).min(2),
  /** Skills, in order, from content/skills/. */
  skills: z.array(reference('skills')).min(4),
  /** Working conditions in plain words. */
  workingConditions: z.string().min(20),
  /** Position in lists; lower comes first. The general template is 0. */
  order: z.number().int().nonnegative(),
  /** Sources for the setting-specific wording. */
  sources: sourceRefs(),
});

/** A jd template file as written (source ids as strings). */
export type JdTemplateInput = z.input<typeof jdTemplateSchema>;
/** A jd template as the collection gives it, after validation. */
export type JdTemplate = z.output<typeof jdTemplateSchema>;
