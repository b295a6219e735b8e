import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';

/** The kinds of publication a source can be, from most to least authoritative. */
export const SOURCE_KINDS = [
  'official-statistics', // a government statistical agency (BLS, O*NET)
  'board', // a state licensing board's own site
  'statute', // a state law
  'regulation', // a state administrative rule
  'compact-commission', // the Social Work Licensure Compact's commission, created by the member states' compact laws
  'professional-body', // ASWB, NASW, CMSA, CSWE
  'certifying-body', // CCMC, ACMA
  'guide', // a third-party guide: used only where nothing primary was found, and labeled as such
  'seed', // one of the two documents the project grew from: shown attributed, never as the only word
] as const;

/** One publication that backs figures, requirements, dates or names on the site. */
export const sourceSchema = z
  .object({
    /** Who published it, e.g. "U.S. Bureau of Labor Statistics". */
    publisher: z.string().min(2),
    /** The page or document title as the publisher shows it. */
    title: z.string().min(2),
    /** The page's own public URL. Optional only for seed documents, which had none. */
    url: z
      .url({
        protocol: /^https?$/,
        error: 'expected an http(s) URL, e.g. https://www.bls.gov/ooh/',
      })
      .optional(),
    /** How inline citations name it, short, with its period where that helps: "BLS, 2022–32 projections". */
    citeAs: z.string().min(2).max(60).optional(),
    /** Which kind of publication this is (see SOURCE_KINDS). */
    kind: z.enum(SOURCE_KINDS),
    /** The time the content covers, as precisely as the publisher says: "May 2024", "2024–34 projections", "rules effective 2023-09-01". */
    period: z.string().min(2),
    /** The day we read it. */
    retrieved: calendarDate(),
    /** Anything a reader should know about this source (for example, that it is third-party). */
    note: z.string().optional(),
  })
  .refine((s) => s.url !== undefined || s.kind === 'seed', {
    message: 'url is required (only seed documents may omit it)',
    path: ['url'],
  });

/** A source file as written in content/sources/. */
export type SourceInput = z.input<typeof sourceSchema>;
/** A source after validation. */
export type Source = z.output<typeof sourceSchema>;
