import { z } from 'astro/zod';
import { sourceRef } from './sourced';
import { socCode } from './soc';

/** The wage statistics BLS OEWS publishes for an occupation. */
export const WAGE_STATISTICS = ['mean', 'p10', 'p25', 'median', 'p75', 'p90'] as const;

/** One wage figure for one occupation, area and period. */
export const wageSchema = z.object({
  /** The occupation code. */
  soc: socCode,
  /** The occupation in plain words. */
  label: z.string().min(2),
  /** "US" for national figures, or a state's postal code. */
  area: z.string().regex(/^(US|[A-Z]{2})$/, 'expected "US" or a two-letter state code'),
  /** Which statistic this is. */
  statistic: z.enum(WAGE_STATISTICS),
  /** The wage in US dollars per year. */
  annual: z.number().positive('expected a positive number of dollars'),
  /** The period the survey covers, e.g. "May 2024". */
  period: z.string().regex(/^May \d{4}$/, 'expected a period like "May 2024"'),
  /** The publication it comes from. */
  source: sourceRef(),
});
