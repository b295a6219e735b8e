import { z } from 'astro/zod';
import { STATE_CODES } from './vocabulary/us-states.ts';
import { socCode } from './soc.ts';

const STATES = new Set<string>(STATE_CODES);
const jobs = z.number().int().nonnegative('expected a number of jobs, 0 or more');

/** One occupation's long-term projection in one state, as the state's labor market office publishes it. */
export const stateProjectionRowSchema = z.strictObject({
  /** The state's postal code (DC included). */
  area: z.string().refine((a) => STATES.has(a), {
    error: (i) =>
      `"${String(i.input)}" is not a US state or DC. Expected a two-letter postal code (NV, DC).`,
  }),
  /** The occupation code. */
  soc: socCode,
  /** The occupation's title as the publisher gives it. */
  title: z.string().min(3),
  /** Jobs in the base year. */
  employmentBase: jobs,
  /** Jobs expected in the target year. */
  employmentTarget: jobs,
  /** Expected change in jobs over the period (may be negative), as published (rounded on its own). */
  changeNumeric: z.number().int(),
  /** Expected change in percent, as published (computed before rounding). */
  percentChange: z.number(),
  /** Average openings a year over the period. */
  openingsPerYear: jobs,
});

/**
 * A table of state long-term occupational projections for one period (Projections Central, the state labor market
 * offices' shared site). Figures that do not add up (target minus base against the published change, or the change
 * against the published percent, beyond the publisher's rounding to tens) fail, naming the row: a mistyped figure
 * cannot reach a page.
 */
export const makeStateProjectionTableSchema = <S extends z.ZodType>(sourceRef: S) =>
  z
    .strictObject({
      /** First and last year of the projection period. */
      baseYear: z.number().int().min(2000).max(2100),
      targetYear: z.number().int().min(2000).max(2100),
      /** The publication the rows come from. */
      source: sourceRef,
      /** What a reader should know about the table as a whole (for example, which occupations the copy has). */
      note: z.string().optional(),
      rows: z.array(stateProjectionRowSchema).min(1),
    })
    .superRefine((t, ctx) => {
      if (t.targetYear <= t.baseYear)
        ctx.addIssue({
          code: 'custom',
          path: ['targetYear'],
          message: `targetYear ${t.targetYear} must come after baseYear ${t.baseYear}`,
        });
      const seen = new Set<string>();
      t.rows.forEach((r, i) => {
        const key = `${r.area} ${r.soc}`;
        if (seen.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i],
            message: `${key} appears twice: keep one row per state and occupation`,
          });
        seen.add(key);
        // Each figure is rounded to the nearest ten on its own, so target - base may miss the change by 10.
        if (Math.abs(r.employmentTarget - r.employmentBase - r.changeNumeric) > 10)
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'changeNumeric'],
            message: `${key}: employmentTarget - employmentBase is ${r.employmentTarget - r.employmentBase}, not ${r.changeNumeric}; check the figures against the source`,
          });
        // The percent is computed before rounding: allow what rounding base and change to tens can move it.
        const pct = (r.changeNumeric / r.employmentBase) * 100;
        const slack = 0.15 + (500 + 5 * Math.abs(pct)) / r.employmentBase;
        if (r.employmentBase > 0 && Math.abs(pct - r.percentChange) > slack)
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'percentChange'],
            message: `${key}: a change of ${r.changeNumeric} on ${r.employmentBase} is ${pct.toFixed(1)}%, not ${r.percentChange}%; check the figures against the source`,
          });
      });
    });

/** A state projection table as written in content/state-projections/ (the source as its id). */
export type StateProjectionTableInput = z.input<
  ReturnType<typeof makeStateProjectionTableSchema<z.ZodString>>
>;
/** One row after validation. */
export type StateProjectionRow = z.output<typeof stateProjectionRowSchema>;
