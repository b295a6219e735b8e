import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { sourceRef } from './sourced';

/** The levels a social work license can be at, from entry to independent clinical practice. */
export const LICENSE_LEVELS = [
  'associate', // a pre-clinical or entry registration (CA ASW, WA LSWAIC, MA LSWA)
  'bachelor', // BSW-level practice (LBSW, LSW)
  'master', // non-clinical MSW-level practice (LMSW, LGSW, MA's LCSW)
  'independent', // independent but not clinical (LISW, LMSW-AP, ...)
  'clinical', // independent clinical practice (LCSW, LICSW, LISW-CP)
] as const;

/**
 * A fact with its source, or an honest gap. A gap may still name the source that left it open.
 * `value` is what the page shows; `note` adds plain-language context.
 */
export const sourced = <T extends z.ZodType>(value: T) =>
  z.union([
    z.strictObject({ value, source: sourceRef(), note: z.string().min(3).optional() }),
    z.strictObject({
      unverified: z.literal(true),
      note: z.string().min(5, 'say why it is unverified'),
      source: sourceRef().optional(),
    }),
  ]);

const hours = z.number().positive('expected a positive number of hours');
const months = z.number().positive('expected a positive number of months');

/** One jurisdiction's social work licensing rules (50 states and DC), every field sourced or marked unverified. */
export const stateSchema = z
  .strictObject({
    /** USPS code, upper case: "TX". Must match the file name. */
    code: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter postal code such as TX'),
    /** The jurisdiction's name: "Texas", "District of Columbia". */
    name: z.string().min(4),
    /** The day the whole file was last checked against its sources. */
    lastVerified: calendarDate(),
    /** The body that licenses social workers. */
    board: z.strictObject({
      /** Official name of the board. */
      name: z.string().min(5, 'the board name is required'),
      /** Umbrella agency the board sits under, if any. */
      parent: z.string().min(3).optional(),
      /** The board's official website. Leave it out only when no source confirmed it, and say so in `note`. */
      url: z
        .url({ protocol: /^https?$/, error: 'expected the board website as an http(s) URL' })
        .optional(),
      /** Its contact page, where found. */
      contactUrl: z.url({ protocol: /^https?$/ }).optional(),
      /** Where the name and address come from. */
      source: sourceRef(),
      /** Anything a reader should know (a shared agency site, an address we could not confirm). */
      note: z.string().min(3).optional(),
    }),
    /** Every license or registration level the jurisdiction issues, lowest first. */
    tiers: z
      .array(
        z.strictObject({
          /** The letters, e.g. LICSW. */
          abbr: z
            .string()
            .regex(
              /^[A-Z][A-Za-z0-9 ()/-]{1,19}$/,
              'expected license letters such as LCSW or "LMSW (Clinical)"',
            ),
          /** The full title. */
          title: z.string().min(5),
          /** Which level of practice it is. */
          level: z.enum(LICENSE_LEVELS),
          /** What it lets the holder do, in plain words. */
          allows: z.string().min(5),
          /** Where this comes from. */
          source: sourceRef(),
          /** Extra context. */
          note: z.string().min(3).optional(),
        }),
      )
      .min(1, 'list at least one license tier'),
    /** The clinical license a clinical case manager would aim for, and the path to it. */
    clinical: z.strictObject({
      /** The clinical license's letters; must be one of the tiers. */
      abbr: z.string().min(2),
      /** Degree required. */
      degree: sourced(z.string().min(5)),
      /** Total hours of supervised post-degree clinical experience. */
      supervisedHours: sourced(hours),
      /** Minimum span of that experience, in months. */
      minimumMonths: sourced(months),
      /** Hours of direct supervision within it. */
      supervisionHours: sourced(hours),
      /** Exams required: the ASWB Clinical exam and any state law exam. */
      exams: sourced(z.array(z.string().min(3)).min(1)),
      /** Other notable rules: time limits, registrations, supervisor approval. */
      notes: z.array(z.strictObject({ value: z.string().min(5), source: sourceRef() })).optional(),
    }),
    /** Renewal and continuing education. */
    renewal: z.strictObject({
      /** Continuing-education hours per renewal period. */
      ceHours: sourced(hours),
      /** Length of the renewal period, in years. */
      periodYears: sourced(z.number().positive('expected a positive number of years')),
      /** Subject requirements (ethics hours and the like). */
      notes: z.array(z.strictObject({ value: z.string().min(5), source: sourceRef() })).optional(),
    }),
    /** Social Work Licensure Compact membership. */
    compact: z.strictObject({
      /** Whether the jurisdiction has enacted the compact; "unverified" when no source settled it. */
      status: z.enum(['enacted', 'not-enacted', 'unverified']),
      /** When it was signed or took effect, where found. */
      date: calendarDate().optional(),
      /** Where the status comes from. */
      source: sourceRef().optional(),
      /** Context: bill numbers, pending status. */
      note: z.string().min(3).optional(),
    }),
  })
  .superRefine((s, ctx) => {
    if (!s.tiers.some((t) => t.abbr === s.clinical.abbr)) {
      ctx.addIssue({
        code: 'custom',
        path: ['clinical', 'abbr'],
        message: `clinical.abbr "${s.clinical.abbr}" must be one of the tiers' abbreviations (${s.tiers.map((t) => t.abbr).join(', ')})`,
      });
    }
    if (!s.board.url && !s.board.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['board', 'url'],
        message: 'give the board website, or leave it out and explain why in board.note',
      });
    }
    if (s.compact.status !== 'unverified' && !s.compact.source) {
      ctx.addIssue({
        code: 'custom',
        path: ['compact', 'source'],
        message: 'a compact status of enacted or not-enacted needs a source',
      });
    }
  });

export type StateRules = z.infer<typeof stateSchema>;
