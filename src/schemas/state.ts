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
 * Research notes: what was searched, which copy was read, conflicts between sources, internal source
 * ids. Kept in the data for the next person who checks the file; pages and downloads NEVER show it.
 */
const research = z.string().min(3).optional();

/**
 * A fact with its source, or an honest gap. A gap may still name the source that left it open.
 * `value` is what the page shows; `note` adds plain-language context a reader needs (shown on the page);
 * `research` holds notes for maintainers (never shown).
 */
export const sourced = <T extends z.ZodType>(value: T) =>
  z.union([
    z.strictObject({ value, source: sourceRef(), note: z.string().min(3).optional(), research }),
    z.strictObject({
      /** No source we read confirmed this fact; the page says "not yet verified". */
      unverified: z.literal(true),
      /** Optional plain-language context for readers (shown). Never a research note. */
      note: z.string().min(5).optional(),
      /** What was tried and why it did not settle the fact (never shown). */
      research: z.string().min(5, 'say what was tried (research: ...)'),
      source: sourceRef().optional(),
    }),
  ]);

/**
 * A quantity (hours, months) with its source, or one of two sourced statements that are not a number:
 * `notSet` (the rule sets no such figure, e.g. no minimum period), `years` (the rule states the
 * experience in years of full-time work, not in hours) and `rate` (the rule states a rate, such as
 * supervision hours per month, not a total). Unverified as in `sourced()`.
 */
export const sourcedAmount = <T extends z.ZodType>(value: T) =>
  z.union([
    ...sourced(value).options,
    z.strictObject({
      /** The official rule sets no such figure (for example Wisconsin: no minimum period). */
      notSet: z.literal(true),
      source: sourceRef(),
      note: z.string().min(3).optional(),
      research,
    }),
    z.strictObject({
      /** The rule states this as years of full-time experience, not as hours (for example Georgia). */
      years: z.number().positive('expected a positive number of years'),
      /**
       * `false` when the rule states the years without saying full time ("at least two years of
       * supervised practice"); pages then say "2 years of experience", not "of full-time experience".
       */
      fullTime: z.literal(false).optional(),
      source: sourceRef(),
      note: z.string().min(3).optional(),
      research,
    }),
    z.strictObject({
      /** The rule states a rate, not a total, in words ("4 hours per month for 24 months"). */
      rate: z.string().min(5),
      source: sourceRef(),
      note: z.string().min(3).optional(),
      research,
    }),
  ]);

/** The compact statuses: enacted (law signed), pending (a bill filed, not enacted), not introduced, or unsettled. */
export const COMPACT_STATUSES = ['enacted', 'pending', 'not-introduced', 'unverified'] as const;

const hours = z.number().positive('expected a positive number of hours');
const months = z.number().positive('expected a positive number of months');
const usd = z.number().nonnegative('expected a fee in US dollars, digits only');
const notes = () =>
  z.array(z.strictObject({ value: z.string().min(5), source: sourceRef(), research })).optional();

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
      /** Research notes (never shown). */
      research,
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
          /** Research notes (never shown). */
          research,
          /** The exam this level takes (e.g. "ASWB Masters"), where a source names it; absent = not researched. */
          exam: sourced(z.string().min(3)).optional(),
        }),
      )
      .min(1, 'list at least one license tier'),
    /** The clinical license a clinical case manager would aim for, and the path to it. */
    clinical: z.strictObject({
      /** The clinical license's letters; must be one of the tiers. */
      abbr: z.string().min(2),
      /** Degree required. */
      degree: sourced(z.string().min(5)),
      /**
       * Total hours of supervised post-degree practice (all supervised work counted toward the license).
       * Where the rule counts only client-contact or psychotherapy hours, use `directContactHours` and
       * say so in `note`; `years` when the rule states years of full-time work instead of hours.
       */
      supervisedHours: sourcedAmount(hours),
      /** Hours of direct client contact (face-to-face, clinical or psychotherapy hours) the rule requires, where it states them separately. */
      directContactHours: sourcedAmount(hours).optional(),
      /** Hours of supervision (meeting with the supervisor) within the experience. */
      supervisionHours: sourcedAmount(hours),
      /** Minimum span of the experience, in months; `notSet` when the rule sets no minimum. */
      minimumMonths: sourcedAmount(months),
      /** Time limit to complete the experience, in months, where one exists. */
      maximumMonths: sourcedAmount(months).optional(),
      /** Cap on hours counted per week or per year, in the rule's words ("no more than 1,500 hours in any 12 months"). */
      hoursCap: sourced(z.string().min(5)).optional(),
      /** The national exam for the clinical license (e.g. "ASWB Clinical"). */
      exam: sourced(z.string().min(3)),
      /**
       * Other exams for the clinical license: a state law or jurisprudence exam. An empty list with a
       * source = the rule names no other exam. Absent = not researched.
       */
      otherExams: sourced(z.array(z.string().min(3))).optional(),
      /** Time limit on the associate or intern registration held while gaining hours, in words. */
      associateTimeLimit: sourced(z.string().min(5)).optional(),
      /** State-specific training required at initial licensure (child abuse reporting, suicide prevention, implicit bias ...). */
      initialTraining: sourced(z.array(z.string().min(3)).min(1)).optional(),
      /**
       * The tier(s) held while gaining the supervised hours (abbreviations of `tiers`). Absent: the page
       * falls back to the master's and associate tiers. Ohio: LSW, not the Social Work Assistant.
       */
      supervisedAs: sourced(z.array(z.string().min(2)).min(1)).optional(),
      /** Other notable rules: registrations, supervisor approval, recency. */
      notes: notes(),
    }),
    /** Renewal and continuing education. */
    renewal: z.strictObject({
      /** Continuing-education hours per renewal period. */
      ceHours: sourced(hours),
      /** Length of the renewal period, in years. */
      periodYears: sourced(z.number().positive('expected a positive number of years')),
      /** Subject requirements (ethics hours and the like). */
      notes: notes(),
    }),
    /** What the clinical license costs, in US dollars, as the board or rule states it. */
    fees: z.strictObject({
      /** Application fee for the clinical license. */
      application: sourced(usd),
      /** Initial license (issuance) fee, where charged separately from the application fee. */
      license: sourced(usd).optional(),
      /** Renewal fee and how often it is paid. */
      renewal: sourced(
        z.strictObject({
          /** The fee in US dollars. */
          usd,
          /** How often, in years (1 = annual, 2 = biennial). */
          everyYears: z.number().positive('expected the renewal period in years'),
        }),
      ),
    }),
    /** Moving to the jurisdiction with a license from another state. */
    moving: z.strictObject({
      /** How a license from another state is accepted (endorsement, reciprocity, by credential), in plain words. */
      endorsement: sourced(z.string().min(5)),
      /** The board's public license-verification lookup. */
      verificationUrl: sourced(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' })),
      /** What a newcomer licensed elsewhere must still do (jurisprudence exam, state training, verification). */
      newcomerSteps: sourced(z.array(z.string().min(3)).min(1)),
    }),
    /** Social Work Licensure Compact membership. */
    compact: z.strictObject({
      /** enacted (signed into law), pending (a bill filed, not enacted), not-introduced (no bill found), unverified. */
      status: z.enum(COMPACT_STATUSES),
      /** The day the governor signed (or the act became law), where a source gives it. */
      signed: calendarDate().optional(),
      /** The day the law takes or took effect, where a source gives it. */
      effective: calendarDate().optional(),
      /** The bill or act: "SB 90 (135th General Assembly)". */
      bill: z.string().min(2).optional(),
      /** The day this status was last checked; the /licensing/ count is dated from it. */
      checked: calendarDate(),
      /** Where the status comes from. */
      source: sourceRef().optional(),
      /** Plain-language context for readers (shown). */
      note: z.string().min(3).optional(),
      /** Research notes (never shown). */
      research,
    }),
    /** Research notes for the whole file (never shown). */
    research,
  })
  .superRefine((s, ctx) => {
    if (!s.tiers.some((t) => t.abbr === s.clinical.abbr)) {
      ctx.addIssue({
        code: 'custom',
        path: ['clinical', 'abbr'],
        message: `clinical.abbr "${s.clinical.abbr}" must be one of the tiers' abbreviations (${s.tiers.map((t) => t.abbr).join(', ')})`,
      });
    }
    const held = s.clinical.supervisedAs;
    if (held && 'value' in held) {
      for (const abbr of held.value)
        if (!s.tiers.some((t) => t.abbr === abbr))
          ctx.addIssue({
            code: 'custom',
            path: ['clinical', 'supervisedAs'],
            message: `clinical.supervisedAs "${abbr}" must be one of the tiers' abbreviations`,
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
        message: `a compact status of ${s.compact.status} needs a source; add compact.source or set status: unverified`,
      });
    }
    if (s.compact.status !== 'enacted' && (s.compact.signed || s.compact.effective)) {
      ctx.addIssue({
        code: 'custom',
        path: ['compact', 'status'],
        message:
          'signed and effective dates belong to an enacted compact; remove them or set status: enacted',
      });
    }
  });

/** A state file as written in content/states/ (source ids as strings, dates as text). */
export type StateRulesInput = z.input<typeof stateSchema>;
/** One jurisdiction's rules as the collection gives them. */
export type StateRules = z.output<typeof stateSchema>;
