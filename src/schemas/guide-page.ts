import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { sourceRefs } from './sourced';

/** Frontmatter of a career-guide page written in MDX. */
export const guidePageSchema = z.object({
  /** The page's title (h1 and <title>). */
  title: z.string().min(3).max(70),
  /** One or two sentences for search results and link previews. */
  description: z.string().min(50).max(170),
  /** The short name used in navigation and breadcrumbs. */
  navTitle: z.string().min(2).max(30),
  /** Position in the guide's navigation; lower comes first. */
  order: z.number().int().nonnegative(),
  /** The day the page's facts were last checked. */
  lastReviewed: calendarDate(),
  /** The sources behind the page's prose (figures carry their own). */
  sources: sourceRefs(),
});

/** A guide page file as written (source ids as strings). */
export type GuidePageInput = z.input<typeof guidePageSchema>;
/** A guide page as the collection gives it, after validation. */
export type GuidePage = z.output<typeof guidePageSchema>;
